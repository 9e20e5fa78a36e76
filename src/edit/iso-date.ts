import {UserError} from '../errors.js'
import {DATE_PATTERN} from '../ledger/fix-plan/attempt-entry.js'
import {shownInput} from '../shown-input.js'
import {requireOneLine} from './one-line-value.js'

const DAY = /^\d{4}-\d{2}-\d{2}$/
// Every precision the ledgers' own dates use: `2026-12-02`, `2026-12-02T17:46:11Z`, `2026-12-02T1746Z`, `2026-12-02 17:46`, …
const DAY_OR_TIMESTAMP = new RegExp(`^(?:${DATE_PATTERN})$`)
const CLOCK = /^[T ](\d{2})(?::?(\d{2}))?(?::?(\d{2}))?/

/** `--date` where the file's own dates are `YYYY-MM-DD` (archive headings, findings rows). */
export function requireIsoDate(date: string): void {
  requireDate(date, DAY, {expected: 'YYYY-MM-DD', examples: 'e.g. 2026-12-02'})
}

/**
 * `--date` of attempt, tick and set, written verbatim: a day, or an ISO 8601 timestamp in one of
 * the precisions ledgers use, so the entry reads like its neighbours.
 */
export function requireDateOrTimestamp(date: string): void {
  requireDate(date, DAY_OR_TIMESTAMP, {
    expected: 'YYYY-MM-DD or an ISO 8601 timestamp',
    examples: 'e.g. 2026-12-02, 2026-12-02T17:46:11Z, 2026-12-02T17:46Z or 2026-12-02 17:46',
  })
}

function requireDate(date: string, shape: RegExp, format: {expected: string; examples: string}): void {
  requireOneLine(date, '--date')
  if (!shape.test(date)) throw new UserError(`Unexpected --date \`${shownInput(date)}\`, expected ${format.expected}`, {hint: format.examples})
  const problem = calendarProblem(date)
  if (problem) throw new UserError(`Unexpected --date \`${date}\`: ${problem}`, {hint: `expected ${format.expected}, ${format.examples}`})
}

/** What makes a well-shaped date impossible (month 13, February 30, 25 o'clock); undefined when it exists. */
function calendarProblem(date: string): string | undefined {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number)
  if (month < 1 || month > 12) return `there is no month ${month}`
  const days = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year, month, 0)
  const length = new Date(days).getUTCDate()
  if (day < 1 || day > length) return `${date.slice(0, 7)} has days 1 to ${length}`
  const clock = CLOCK.exec(date.slice(10))
  if (!clock) return undefined
  const [hours, minutes, seconds] = clock.slice(1).map((part) => (part === undefined ? 0 : Number(part)))
  if (hours > 23) return `there is no hour ${hours}`
  if (minutes > 59 || seconds > 59) return `${minutes > 59 ? 'minutes' : 'seconds'} go up to 59`
  return undefined
}
