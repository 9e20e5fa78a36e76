import {historiesOf} from '../../ledger/fix-plan/fix-plan-histories.js'
import type {FixPlanLedger} from '../../ledger/model.js'
import {compareDateDigits, leadingDateDigits} from '../../ledger/ledger-dates.js'

export interface AttemptDate {
  /** The date or timestamp as the entry writes it. */
  date: string
  /** Its digits (`YYYYMMDD[hh[mm[ss]]]`), for comparing. */
  digits: string
  /** 1-based line of the entry. */
  line: number
}

/**
 * The newest dated attempt entry in the fix plan (every item's history and the file-level one),
 * undefined when no entry carries a readable date. `notAfter` (YYYY-MM-DD): entries dated after it
 * are passed over, since a date in the future is a typo, not the newest work. Of equal dates, the first.
 */
export function newestAttemptDate(fixPlan: FixPlanLedger, notAfter?: string): AttemptDate | undefined {
  const limit = notAfter === undefined ? undefined : leadingDateDigits(notAfter)
  let newest: AttemptDate | undefined
  for (const {history} of historiesOf(fixPlan)) {
    for (const entry of history.entries) {
      if (entry.date === undefined) continue
      const digits = leadingDateDigits(entry.date)
      if (digits === undefined || (limit !== undefined && compareDateDigits(digits, limit) > 0)) continue
      // Longer digits win a tie, so the newest keeps the most precise date.
      if (!newest || compareDateDigits(digits, newest.digits) > 0 || (compareDateDigits(digits, newest.digits) === 0 && digits.length > newest.digits.length)) {
        newest = {date: entry.date, digits, line: entry.line}
      }
    }
  }
  return newest
}
