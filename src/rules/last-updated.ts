import {lastUpdatedHeader} from '../ledger/fix-plan/last-updated-key.js'
import type {FixPlanLedger, HeaderField} from '../ledger/model.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'
import {compareDateDigits, leadingDateDigits, leadingDateIn} from '../ledger/ledger-dates.js'
import {newestAttemptDate} from './support/newest-attempt-date.js'
import type {Rule, RuleReport} from './rule.js'

/**
 * The fix plan's `**Last Updated:**` header behind its own newest attempt entry (the loop appended
 * work and forgot the header), or after today (a typo, or a clock in another year). Dates compare as
 * far as both are precise: a day-only header is not behind an entry timed later that same day.
 * A header that does not start with a date is not judged.
 */
export const lastUpdated: Rule = {
  id: 'last-updated',
  description: "The fix plan's Last Updated header is older than its newest attempt entry, or later than today",
  defaultSeverity: 'warning',
  dialects: ANY_DIALECT,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    const header = lastUpdatedHeader(fixPlan)
    const date = header && leadingDateIn(header.value)
    if (!header || !date) return []
    const digits = date.digits
    const today = context.today === undefined ? undefined : leadingDateDigits(context.today)
    if (today !== undefined && compareDateDigits(digits, today) > 0) {
      return [{...at(fixPlan, header), message: `${header.key} \`${date.written}\` is later than today (${context.today}, UTC)`, hint: 'write the date the file was last changed'}]
    }
    const newest = newestAttemptDate(fixPlan, context.today)
    if (!newest || compareDateDigits(digits, newest.digits) >= 0) return []
    return [
      {
        ...at(fixPlan, header),
        message: `${header.key} \`${date.written}\` is older than the newest attempt entry (\`${newest.date}\`, line ${newest.line})`,
        hint: `planledger header "${header.key}=${newest.date}" moves it forward`,
      },
    ]
  },
}

function at(fixPlan: FixPlanLedger, header: HeaderField): Pick<RuleReport, 'path' | 'line' | 'column'> {
  const line = fixPlan.doc.lines[header.line - 1]
  return {path: fixPlan.doc.path, line: header.line, column: header.valueSpan.start - line.start + 1}
}
