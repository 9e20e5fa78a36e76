import type {AttemptsHistory, FixPlanLedger} from '../../../ledger/model.js'

export interface NewestAttempt {
  /** The date or timestamp as the entry writes it. */
  date: string
  line: number
}

const DATED = /^\d{4}-\d{2}-\d{2}/

/**
 * The latest-dated attempt entry of the fix plan, over every item's history and the file-level one;
 * entries without a date are left out. Dates compare by their digits, as far as both go, so
 * `2025-10-19` and `2025-10-19T12:00Z` tie (the first seen is kept).
 */
export function newestAttemptDate(fixPlan: FixPlanLedger): NewestAttempt | undefined {
  const histories: AttemptsHistory[] = fixPlan.items.flatMap((item) => (item.attempts ? [item.attempts] : []))
  if (fixPlan.attempts) histories.push(fixPlan.attempts)
  let newest: NewestAttempt | undefined
  for (const history of histories) {
    for (const entry of history.entries) {
      if (entry.date === undefined || !DATED.test(entry.date)) continue
      if (newest === undefined || compareDigits(entry.date, newest.date) > 0) newest = {date: entry.date, line: entry.line}
    }
  }
  return newest
}

/** Orders dates and timestamps of any precision by their digits, compared as far as both go. */
export function compareDigits(a: string, b: string): number {
  const [x, y] = [a.replace(/\D/g, ''), b.replace(/\D/g, '')]
  const length = Math.min(x.length, y.length)
  return x.slice(0, length).localeCompare(y.slice(0, length))
}
