import {formatLikeSample} from '../../../edit/timestamp-format.js'
import {lastUpdatedHeader} from '../../../ledger/fix-plan/last-updated-key.js'
import type {Fixer} from './fixer.js'
import {newestAttemptDate, type AttemptDate} from '../../../rules/support/newest-attempt-date.js'
import {compareDateDigits, leadingDateIn} from '../../../ledger/ledger-dates.js'

// Digits up to the minute (YYYYMMDDhhmm): an attempt dated to the hour alone gives a date only, as before.
const TIMED_DIGITS = 12

/**
 * `last-updated` older than the newest attempt: the header's leading date becomes that attempt's,
 * written in the header's own format. Only the date itself is replaced: markup around it
 * (`` `2026-11-01` ``, `**…**`) and a note after it stay. A date in the future is left to a person:
 * which date is right is not mechanical. A header that starts with no date is not judged, nor mended.
 */
export const lastUpdatedFixer: Fixer = {
  ruleId: 'last-updated',
  fix(fixPlan, _problem, {today}) {
    const header = lastUpdatedHeader(fixPlan)
    // An entry dated after today is a typo the rule passes over, not the newest work: so does the fix.
    const newest = newestAttemptDate(fixPlan, today)
    const current = header && leadingDateIn(header.value)
    if (!header || !newest || !current) return undefined
    if (compareDateDigits(current.digits, newest.digits) >= 0) return undefined
    const to = inHeaderFormat(current.written, newest)
    if (to === current.written) return undefined
    const start = header.valueSpan.start + current.start
    const edit = {start, end: start + current.written.length, text: to}
    return {edits: [edit], line: header.line, description: `Last Updated \`${current.written}\` → \`${to}\`, the newest attempt's date (line ${newest.line})`}
  },
}

/** The attempt's date in the header's format; an attempt without a time gives a date only, never an invented time. */
function inHeaderFormat(sample: string, newest: AttemptDate): string {
  const digits = newest.digits
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
  if (digits.length < TIMED_DIGITS) return date
  // Seconds left out read as zero.
  const part = (from: number, length: number) => Number(digits.slice(from, from + length) || '0')
  const at = new Date(Date.UTC(part(0, 4), part(4, 2) - 1, part(6, 2), part(8, 2), part(10, 2), part(12, 2)))
  return Number.isNaN(at.getTime()) ? date : formatLikeSample(sample, at)
}
