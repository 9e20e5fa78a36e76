import type {LedgerDocument} from '../ledger/document.js'
import type {AttemptEntry, AttemptsHistory} from '../ledger/model.js'
import type {TextEdit} from './text-edit.js'

export interface AttemptRenumbering {
  /** 1-based line of the renumbered entry. */
  line: number
  from: number
  to: number
  edit: TextEdit
}

// Styles whose prefix carries no number may still open with one: `- *2026-01-13:* Attempt #3 — ...`.
const LEADING_NUMBER = /^(?:\*\*|__)?attempt\s*#\s*(\d+)/i
const ATTEMPT_NUMBER = /attempt\s*#\s*(\d+)/gi
const HASH_NUMBER = /#\s*(\d+)/g

/**
 * The history's newest (last) entry renumbered to the next free number when it repeats the number of
 * an earlier entry: two loops appended at once. Only the newest entry is ever touched, since the
 * history is append-only; undefined when it repeats nothing or its number cannot be found in its line.
 */
export function renumberNewestAttempt(doc: LedgerDocument, history: AttemptsHistory): AttemptRenumbering | undefined {
  const entries = history.entries
  const newest = entries[entries.length - 1]
  const number = newest && numberOf(newest)
  if (number === undefined) return undefined
  const earlier = entries.slice(0, -1).map(numberOf)
  if (!earlier.includes(number)) return undefined
  const to = Math.max(number, ...earlier.filter((other): other is number => other !== undefined)) + 1
  const line = doc.lines[newest.line - 1]
  const digits = digitsOf(line.text, number)
  if (digits === undefined) return undefined
  return {line: newest.line, from: number, to, edit: {start: line.start + digits.start, end: line.start + digits.end, text: String(to)}}
}

function numberOf(entry: AttemptEntry): number | undefined {
  if (entry.number !== undefined) return entry.number
  const leading = LEADING_NUMBER.exec(entry.text)
  return leading ? Number(leading[1]) : undefined
}

/** Where the number's digits stand on the entry's first line: after `Attempt #`, else after the first `#` with that number. */
function digitsOf(text: string, number: number): {start: number; end: number} | undefined {
  for (const pattern of [ATTEMPT_NUMBER, HASH_NUMBER]) {
    for (const match of text.matchAll(pattern)) {
      if (Number(match[1]) !== number) continue
      const end = match.index + match[0].length
      return {start: end - match[1].length, end}
    }
  }
  return undefined
}
