import type {LedgerDocument} from '../ledger/document.js'
import type {TextEdit} from './text-edit.js'

export interface UnderHeading {
  edit: TextEdit
  /** Where the block starts within `edit.text` (after the line breaks written before it). */
  blockAt: number
  /** 1-based line of the block's first line once the edit is applied. */
  line: number
}

/**
 * `lines` as the first block of an empty section: under the heading on 0-based line `heading`, after
 * the blank line that follows it (written when there is none), a blank line kept before whatever
 * comes next; at the end of a file without a final line break, the block starts on a line of its own.
 */
export function insertUnderHeading(doc: LedgerDocument, heading: number, lines: readonly string[]): UnderHeading {
  const {eol} = doc
  const blankAfter = heading + 1 < doc.lines.length && doc.lines[heading + 1].text.trim() === ''
  const index = blankAfter ? heading + 2 : heading + 1
  const atEnd = index >= doc.lines.length
  const at = atEnd ? doc.text.length : doc.lines[index].start
  const lead = (atEnd && !doc.text.endsWith('\n') ? eol : '') + (blankAfter ? '' : eol)
  const trail = !atEnd && doc.lines[index].text.trim() !== '' ? eol : ''
  return {edit: {start: at, end: at, text: lead + lines.join(eol) + eol + trail}, blockAt: lead.length, line: index + 1 + (blankAfter ? 0 : 1)}
}
