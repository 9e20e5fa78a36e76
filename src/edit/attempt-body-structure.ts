import {UserError} from '../errors.js'
import {createDocument} from '../ledger/document.js'
import {parseItemHeading} from '../ledger/fix-plan/fix-plan-items.js'
import {scanDocument} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'

/** Where the caller's body sits in a new entry's lines, and what would end the history it joins. */
export interface EntryBody {
  /** The entry as it will be written, one string per line. */
  lines: readonly string[]
  /** Index in `lines` of the body's first line. */
  first: number
  /** Index in `lines` just past the body's last line (clauses the tool adds come after). */
  end: number
  /** Heading-style histories: the entries' heading level; a heading at it or above starts a new section. */
  sectionLevel?: number
}

/**
 * Refuses a body that would change the ledger's structure once written, as the ledger reader
 * would see it: a heading that starts a new section (heading style: at the entries' level or
 * above; bullet styles: any heading the reader finds, which ends the item's fields), a heading
 * that reads as a new `## [ID]` item (any level), or a code fence left open, which would turn the
 * rest of the file into code. Refused rather than indented: indenting would change what the caller wrote.
 */
export function requireBodyKeepsStructure(body: EntryBody): void {
  const scan = scanDocument(createDocument('', body.lines.join('\n')))
  const bodyLine = (line: number) => line - body.first + 1
  for (const heading of scan.headings) {
    if (heading.line < body.first || heading.line >= body.end) continue
    const text = body.lines[heading.line].trim()
    const startsSection = body.sectionLevel === undefined || heading.level <= body.sectionLevel
    if (startsSection) {
      throw new UserError(`Line ${bodyLine(heading.line)} of the attempt body would start a new section: \`${shownInput(text)}\``, {
        hint: body.sectionLevel === undefined ? 'indent the line by 4 spaces, or drop the leading #' : `use headings deeper than ${'#'.repeat(body.sectionLevel)} inside an entry, or indent the line`,
      })
    }
    if (parseItemHeading(heading.text)) {
      throw new UserError(`Line ${bodyLine(heading.line)} of the attempt body would start a new fix-plan item: \`${shownInput(text)}\``, {
        hint: 'a heading with an [ID] is read as an item; drop the leading # or the brackets',
      })
    }
  }
  const open = scan.fences.find((fence) => !fence.closed && fence.startLine >= body.first)
  if (open) {
    throw new UserError(`Line ${bodyLine(open.startLine)} of the attempt body opens a code fence it never closes`, {
      hint: 'close it on a line of its own; left open, the rest of the ledger would read as code',
    })
  }
}
