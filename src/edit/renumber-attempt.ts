import type {LedgerDocument} from '../ledger/document.js'
import {attemptNumberDigits, attemptNumberOf} from '../ledger/fix-plan/attempt-number.js'
import type {AttemptsHistory} from '../ledger/model.js'
import {maxOf} from '../ledger/unbounded-arrays.js'
import type {TextEdit} from './text-edit.js'

export interface AttemptRenumbering {
  /** 1-based line of the renumbered entry. */
  line: number
  from: number
  to: number
  edit: TextEdit
}

/**
 * The history's newest (last) entry renumbered to the next free number when it repeats the number of
 * an earlier entry: two loops appended at once. Only the newest entry is ever touched, since the
 * history is append-only; undefined when it repeats nothing or its number cannot be found in its line.
 */
export function renumberNewestAttempt(doc: LedgerDocument, history: AttemptsHistory): AttemptRenumbering | undefined {
  const entries = history.entries
  const newest = entries[entries.length - 1]
  const number = newest && attemptNumberOf(newest)
  if (number === undefined) return undefined
  const earlier = entries.slice(0, -1).map(attemptNumberOf)
  if (!earlier.includes(number)) return undefined
  const to = Math.max(number, maxOf(earlier.filter((other): other is number => other !== undefined)) ?? number) + 1
  const line = doc.lines[newest.line - 1]
  const digits = attemptNumberDigits(line.text, number)
  if (digits === undefined) return undefined
  return {line: newest.line, from: number, to, edit: {start: line.start + digits.start, end: line.start + digits.end, text: String(to)}}
}
