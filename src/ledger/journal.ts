import {compareDateMoments, writtenDateDigits} from './ledger-dates.js'
import type {LedgerDocument} from './document.js'
import type {ScanResult} from './scan.js'

/** One entry of a supervisor journal (galph_memory.md): a heading that starts with a date or timestamp. */
export interface JournalEntry {
  /** The date or timestamp as written: `2026-01-22T022725Z`, `2025-10-19 14:05`. */
  timestamp: string
  /** Heading text after the timestamp (often empty), without a leading separator. */
  label: string
  /** 1-based heading line. */
  line: number
  /** The first non-blank line of the body, trimmed; '' when the entry has none. */
  firstLine: string
}

// A date, optionally followed by a time in any of the spellings loops use (`T022725Z`, ` 14:05`, `T02:40Z`).
const STAMPED_HEADING = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d|:\d)[\s—–:-]*(.*)$/

/** Every timestamped heading, in file order (the file need not keep them in time order). */
export function readJournal(doc: LedgerDocument, scan: ScanResult): JournalEntry[] {
  const entries: JournalEntry[] = []
  scan.headings.forEach((heading, at) => {
    const match = STAMPED_HEADING.exec(heading.text.trim())
    if (!match) return
    const next = scan.headings[at + 1]?.line ?? doc.lines.length
    const body = doc.lines.slice(heading.line + 1, next).find((line) => line.text.trim() !== '')
    entries.push({timestamp: match[1], label: match[2].trim(), line: heading.line + 1, firstLine: body?.text.trim() ?? ''})
  })
  return entries
}

/**
 * The entry with the latest timestamp, comparing digits only (`2026-01-22T02:40Z` and
 * `2026-01-22T022725Z` sort alike); of equal ones, the later in the file. Journals are appended to,
 * but not always in time order, so the last heading is not always the newest.
 */
export function newestEntry(entries: readonly JournalEntry[]): JournalEntry | undefined {
  let newest: {entry: JournalEntry; key: string} | undefined
  for (const entry of entries) {
    const key = writtenDateDigits(entry.timestamp) ?? entry.timestamp.replace(/\D/g, '')
    if (newest === undefined || compareDateMoments(key, newest.key) >= 0) newest = {entry, key}
  }
  return newest?.entry
}
