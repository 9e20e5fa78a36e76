import {classifyBulletEntry, isDatedHeading} from '../../ledger/fix-plan/attempt-entry.js'
import {isAttemptsHistoryKey, isAttemptsHistoryTitle} from '../../ledger/fix-plan/attempt-history.js'
import {historiesOf} from '../../ledger/fix-plan/fix-plan-histories.js'
import type {AttemptEntry, FixPlanItem, FixPlanLedger} from '../../ledger/model.js'
import type {Heading, ScanResult} from '../../ledger/scan.js'

/** An entry a history adopted although, read as Markdown, it sits in another section or field. */
export interface AdoptedElsewhere {
  entry: AttemptEntry
  /** How the section or field it sits in is written: `## TODOs`, `- Latest Status:`. */
  container: string
  /** 1-based line of that section heading or field. */
  containerLine: number
  /** 1-based line of the Attempts History it was read into. */
  historyLine: number
}

/**
 * Entries the reader gave to a history (FORMATS.md §2 keeps them together so numbering goes on)
 * that a person reading the file sees elsewhere: a heading or bullet entry whose nearest section
 * heading above is not the history's (an agent appended at the end of the file, under `## TODOs`),
 * or an entry nested under a field written after `- Attempts History:`.
 */
export function entriesAdoptedElsewhere(fixPlan: FixPlanLedger, headings: readonly Heading[]): AdoptedElsewhere[] {
  const found: AdoptedElsewhere[] = []
  for (const {history, item} of historiesOf(fixPlan)) {
    if (history.kind === 'heading') {
      for (const entry of history.entries) {
        const section = enclosingSection(headings, entry.line - 1, entry.headingLevel)
        if (section && !isAttemptsHistoryTitle(section.text) && !isItemHeading(item, section)) {
          found.push({entry, container: `${'#'.repeat(section.level)} ${section.text.trim()}`, containerLine: section.line + 1, historyLine: history.line})
        }
      }
    } else if (history.kind === 'field' && item) {
      const field = item.fields.find((candidate) => isAttemptsHistoryKey(candidate.key) && candidate.line === history.line)
      if (!field) continue
      let holder = 0
      for (const entry of history.entries) {
        if (entry.line <= field.endLine) continue
        // Entries and fields both come in line order: the field holding an entry only moves forward.
        while (holder + 1 < item.fields.length && item.fields[holder + 1].line < entry.line) holder++
        found.push({entry, container: `- ${item.fields[holder].key}:`, containerLine: item.fields[holder].line, historyLine: history.line})
      }
    }
  }
  return found.sort((a, b) => a.entry.line - b.entry.line)
}

function isItemHeading(item: FixPlanItem | undefined, heading: Heading): boolean {
  return item !== undefined && item.kind === 'heading' && heading.line + 1 === item.line
}

/** The nearest heading above 0-based `line`, shallower than `level` when given (a binary search, then up). */
function enclosingSection(headings: readonly Heading[], line: number, level: number | undefined): Heading | undefined {
  let low = 0
  let high = headings.length - 1
  let at = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (headings[middle].line < line) {
      at = middle
      low = middle + 1
    } else high = middle - 1
  }
  while (at >= 0 && level !== undefined && headings[at].level >= level) at--
  return at >= 0 ? headings[at] : undefined
}

/** An entry line no history owns: written between items, after them, in a prose section. */
export interface EntryOutside {
  /** 1-based. */
  line: number
  /** The `Attempt #N` number; absent for a dated heading. */
  number?: number
  column: number
}

/**
 * Lines no history entry covers that are attempt entries all the same: bullets and headings that
 * open with `Attempt #N` (after an optional date), and dated headings at the level the file's own
 * heading entries use (`### 2026-01-23T08:35Z — …` under a later section). A dated bullet alone may
 * be any note; the number, or the file's own entry shape, is what makes a line an attempt.
 */
export function entriesOutsideHistories(fixPlan: FixPlanLedger, scan: ScanResult): EntryOutside[] {
  const covered = new Uint8Array(fixPlan.doc.lines.length)
  const entryLevels = new Set<number>()
  for (const {history} of historiesOf(fixPlan)) {
    for (const entry of history.entries) {
      covered.fill(1, entry.line - 1, entry.endLine)
      if (entry.headingLevel !== undefined) entryLevels.add(entry.headingLevel)
    }
  }
  const found: EntryOutside[] = []
  for (const item of scan.listItems) {
    if (item.checkbox || covered[item.line] === 1) continue
    const number = classifyBulletEntry(item.text).number
    if (number !== undefined) found.push({line: item.line + 1, number, column: item.contentColumn + 1})
  }
  for (const heading of scan.headings) {
    if (covered[heading.line] === 1 || isAttemptsHistoryTitle(heading.text)) continue
    const number = classifyBulletEntry(heading.text).number
    const dated = entryLevels.has(heading.level) && isDatedHeading(heading.text)
    if (number !== undefined || dated) found.push({line: heading.line + 1, number, column: heading.textStart - fixPlan.doc.lines[heading.line].start + 1})
  }
  return found.sort((a, b) => a.line - b.line)
}
