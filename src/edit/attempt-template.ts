import type {AttemptEntry, AttemptStyle, FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {maxOf} from '../ledger/unbounded-arrays.js'

/** What a new Attempts History entry's prefix looks like, learnt from entries already in the file. */
export interface AttemptTemplate {
  /** `dated-bullet`: `- DATE: text`, for items of the §4 dialects (no `[ID]` Attempts History). */
  style: Exclude<AttemptStyle, 'plain'> | 'dated-bullet'
  bullet: string
  indent: number
  headingLevel: number
  dateSample?: string
  dateInBrackets: boolean
  separator: string
  /** The highest `Attempt #N` in the item, when the style numbers its entries. */
  lastNumber?: number
  /** Label used for `Findings` clauses in earlier entries (`Findings applied` vs `Findings`). */
  findingsLabel: string
  /** Heading-style entries: a blank line between the heading and the body. */
  blankAfterHeading: boolean
  /** Where the template came from, for the JSON result and messages. */
  source: 'item' | 'file' | 'default'
}

/** Used when neither the item nor the file has an entry to learn from. */
export const DEFAULT_TEMPLATE: AttemptTemplate = {
  style: 'bracket-date-number',
  bullet: '*',
  indent: 2,
  headingLevel: 3,
  dateInBrackets: true,
  separator: '—',
  findingsLabel: 'Findings',
  blankAfterHeading: true,
  source: 'default',
}

/** The item's own entries first, then the file's other items, then the file-level history. */
export function templateFor(ledger: FixPlanLedger, item: FixPlanItem | undefined): AttemptTemplate {
  const own = (item ? item.attempts?.entries : ledger.attempts?.entries) ?? []
  const fromItem = lastClassified(own)
  if (fromItem) return fromEntry(ledger, fromItem, own, 'item')
  const fileEntries = [...ledger.items.flatMap((other) => other.attempts?.entries ?? []), ...(ledger.attempts?.entries ?? [])]
  const fromFile = lastClassified(fileEntries)
  if (fromFile) return {...fromEntry(ledger, fromFile, own, 'file'), lastNumber: highestNumber(own)}
  return {...DEFAULT_TEMPLATE, lastNumber: highestNumber(own)}
}

function lastClassified(entries: readonly AttemptEntry[]): AttemptEntry | undefined {
  for (let at = entries.length - 1; at >= 0; at--) if (entries[at].style !== 'plain') return entries[at]
  return undefined
}

function fromEntry(ledger: FixPlanLedger, entry: AttemptEntry, itemEntries: readonly AttemptEntry[], source: 'item' | 'file'): AttemptTemplate {
  return {
    style: entry.style as AttemptTemplate['style'],
    bullet: entry.bullet ?? '*',
    indent: entry.indent,
    headingLevel: entry.headingLevel ?? 3,
    dateSample: entry.date,
    dateInBrackets: entry.dateInBrackets ?? entry.style === 'bracket-date-number',
    separator: entry.separator ?? defaultSeparator(entry.style),
    lastNumber: highestNumber(itemEntries),
    findingsLabel: itemEntries.some((other) => /Findings applied:/i.test(other.text)) ? 'Findings applied' : 'Findings',
    blankAfterHeading: entry.style !== 'heading' || headingFollowedByBlank(ledger, entry),
    source,
  }
}

function defaultSeparator(style: AttemptStyle): string {
  return style === 'number-paren-date' || style === 'italic-timestamp' || style === 'italic-timestamp-label' ? ':' : '—'
}

function highestNumber(entries: readonly AttemptEntry[]): number | undefined {
  return maxOf(entries.flatMap((entry) => (entry.number === undefined ? [] : [entry.number])))
}

/** Whether the line after a heading entry's heading is blank (an entry that is only a heading counts as yes). */
function headingFollowedByBlank(ledger: FixPlanLedger, entry: AttemptEntry): boolean {
  // `entry.line` is 1-based, so it is also the 0-based index of the line after the heading.
  return entry.endLine === entry.line || ledger.doc.lines[entry.line].text.trim() === ''
}
