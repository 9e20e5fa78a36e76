import {leadingDateOf, touchLastUpdated} from '../../../edit/last-updated.js'
import {formatLikeSample} from '../../../edit/timestamp-format.js'
import {lastUpdatedHeader} from '../../../ledger/fix-plan/last-updated-key.js'
import type {Fixer} from './fixer.js'
import {newestAttemptDate} from '../../../rules/support/newest-attempt-date.js'
import {compareDateDigits, leadingDateDigits} from '../../../ledger/ledger-dates.js'

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?)?/

/**
 * `last-updated` older than the newest attempt: the header's leading date becomes that attempt's,
 * written in the header's own format (a note after the date is kept). A date in the future is left
 * to a person: which date is right is not mechanical.
 */
export const lastUpdatedFixer: Fixer = {
  ruleId: 'last-updated',
  fix(fixPlan, _problem, {today}) {
    const header = lastUpdatedHeader(fixPlan)
    // An entry dated after today is a typo the rule passes over, not the newest work: so does the fix.
    const newest = newestAttemptDate(fixPlan, today)
    if (!header || !newest) return undefined
    const current = leadingDateOf(header.value)
    const currentDigits = current === undefined ? undefined : leadingDateDigits(current)
    if (currentDigits !== undefined && compareDateDigits(currentDigits, newest.digits) >= 0) return undefined
    const to = inHeaderFormat(current, newest.date)
    const change = touchLastUpdated(fixPlan, to)
    if (!change?.edit) return undefined
    return {edits: [change.edit], line: change.line, description: `Last Updated \`${current ?? header.value}\` → \`${to}\`, the newest attempt's date (line ${newest.line})`}
  },
}

/** The attempt's date in the header's format; an attempt without a time gives a date only, never an invented time. */
function inHeaderFormat(sample: string | undefined, date: string): string {
  const parts = TIMESTAMP.exec(date)
  if (!parts || parts[4] === undefined) return date.slice(0, 10)
  const [, year, month, day, hours, minutes, seconds = '00'] = parts
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds)))
  return Number.isNaN(at.getTime()) ? date.slice(0, 10) : formatLikeSample(sample, at)
}
