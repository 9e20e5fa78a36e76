import type {LedgerDocument} from './document.js'
import {readJournal, type JournalEntry} from './journal.js'
import type {ScanResult} from './scan.js'

/** A journal entry with its extent. */
export interface JournalBlock extends JournalEntry {
  level: number
  /** 1-based last non-blank line of the entry (heading included). */
  endLine: number
}

/** How a journal writes its entries, learnt from the entries it has. */
export interface JournalLayout {
  entries: JournalBlock[]
  /** Where new entries go: the end (`oldest-first`) or the top (`newest-first`). */
  order: 'oldest-first' | 'newest-first'
  headingLevel: number
  /** `(label)` or a separator such as `—`, as labelled headings write it. */
  labelStyle: string
  /** A blank line between heading and body. */
  blankAfterHeading: boolean
  /** Blank lines between one entry and the next. */
  gap: number
  /** A timestamp as the journal writes them (the newest one's). */
  timestampSample?: string
}

/**
 * Reads the journal's entries and learns its layout. The order is a vote over consecutive entries
 * (later timestamp below vs above): agents append, but not always in time order, so neither the
 * first nor the last pair decides alone. A tie, or a single entry, reads as oldest-first.
 */
export function journalLayout(doc: LedgerDocument, scan: ScanResult): JournalLayout {
  const levels = new Map(scan.headings.map((heading) => [heading.line + 1, heading]))
  const entries: JournalBlock[] = readJournal(doc, scan).map((entry) => {
    const level = levels.get(entry.line)!.level
    const next = scan.headings.find((heading) => heading.line + 1 > entry.line && heading.level <= level)
    let end = next ? next.line : doc.lines.length
    while (end > entry.line && doc.lines[end - 1].text.trim() === '') end--
    return {...entry, level, endLine: end}
  })
  let later = 0
  let earlier = 0
  for (let at = 1; at < entries.length; at++) {
    const [a, b] = [digits(entries[at - 1]), digits(entries[at])]
    if (b > a) later++
    else if (b < a) earlier++
  }
  const newest = [...entries].sort((a, b) => (digits(a) < digits(b) ? -1 : 1)).at(-1)
  return {
    entries,
    order: earlier > later ? 'newest-first' : 'oldest-first',
    headingLevel: mostCommon(entries.map((entry) => entry.level)) ?? 2,
    labelStyle: mostCommon(entries.flatMap((entry) => labelStyleOf(doc, entry))) ?? '(label)',
    blankAfterHeading: mostCommon(entries.filter((entry) => entry.endLine > entry.line).map((entry) => doc.lines[entry.line].text.trim() === '')) ?? false,
    gap: mostCommon(entries.slice(1).map((entry, at) => entry.line - entries[at].endLine - 1)) ?? 1,
    timestampSample: newest?.timestamp,
  }
}

function digits(entry: JournalEntry): string {
  return entry.timestamp.replace(/\D/g, '')
}

/** `(label)` when the label is parenthesised, else the separator before it; nothing for unlabelled headings. */
function labelStyleOf(doc: LedgerDocument, entry: JournalEntry): string[] {
  if (entry.label === '') return []
  const text = doc.lines[entry.line - 1].text
  const after = text.slice(text.indexOf(entry.timestamp) + entry.timestamp.length).trim()
  if (after.startsWith('(') && after.endsWith(')')) return ['(label)']
  const separator = /^[—–:-]+/.exec(after)?.[0]
  return separator ? [separator] : []
}

/** The most frequent value; ties go to the one seen first. */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value
  return best
}
