/**
 * Dates as ledgers write them, of any precision: `2025-10-19`, `2025-10-16T23:05:39Z`,
 * `2026-01-13T202358Z`, `2026-01-22T02:40Z`, `2025-10-19 19:34`. Read as their digits
 * (`YYYYMMDD[hh[mm[ss]]]`) so two dates of different precision compare as far as both go.
 */

// A leading date, then an optional time of 2-6 digits with or without colons.
const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::?(\d{2}))?(?::?(\d{2}))?(?:\.\d+)?Z?)?(?![\d:])/

/** The digits of the date or timestamp `text` starts with (markup and brackets allowed before it); undefined when none or impossible (month 13). */
export function leadingDateDigits(text: string): string | undefined {
  const match = LEADING_DATE.exec(text.replace(/^[\s*_`[(]+/, ''))
  if (!match) return undefined
  const [, year, month, day, hours, minutes, seconds] = match
  if (!within(month, 1, 12) || !within(day, 1, 31)) return undefined
  if ((hours !== undefined && !within(hours, 0, 23)) || (minutes !== undefined && !within(minutes, 0, 59)) || (seconds !== undefined && !within(seconds, 0, 60))) return undefined
  return year + month + day + (hours ?? '') + (minutes ?? '') + (seconds ?? '')
}

/** Orders two digit strings from leadingDateDigits as far as both go: `20251019` equals `20251019T2300`. */
export function compareDateDigits(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  const [x, y] = [a.slice(0, length), b.slice(0, length)]
  return x < y ? -1 : x > y ? 1 : 0
}

function within(digits: string, low: number, high: number): boolean {
  const value = Number(digits)
  return value >= low && value <= high
}
