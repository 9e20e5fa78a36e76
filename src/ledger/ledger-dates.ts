/**
 * Dates as ledgers write them, of any precision: `2025-10-19`, `2025-10-16T23:05:39Z`,
 * `2026-01-13T202358Z`, `2026-01-22T02:40Z`, `2025-10-19 19:34`. Read as their digits
 * (`YYYYMMDD[hh[mm[ss]]]`) so two dates of different precision compare as far as both go.
 */

// A date, then an optional time of 2-6 digits with or without colons.
const DATE = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::?(\d{2}))?(?::?(\d{2}))?(?:\.\d+)?Z?)?(?!\d|:\d)/
const LEADING_DATE = new RegExp(`^${DATE.source}`)
const LEADING_MARKUP = /^[\s*_`[(]*/
const DATE_ANYWHERE = new RegExp(`(?<!\\d)${DATE.source}`)
// YYYYMMDDhhmmss: a moment's digits, a time left out read as zeros.
const MOMENT_DIGITS = 14

/** A date or timestamp a text starts with, and where it stands in that text. */
export interface LeadingDate {
  /** Offsets within the text: markup and brackets before the date (`` ` ``, `**`, `[`) are outside. */
  start: number
  end: number
  /** The date as written (`2025-10-19`, `2026-01-22T02:40Z`), without the markup around it or a note after it. */
  written: string
  /** `YYYYMMDD[hh[mm[ss]]]`. */
  digits: string
}

/** The date or timestamp `text` starts with (markup and brackets allowed before it); undefined when none or impossible (month 13). */
export function leadingDateIn(text: string): LeadingDate | undefined {
  const start = LEADING_MARKUP.exec(text)![0].length
  const match = LEADING_DATE.exec(text.slice(start))
  if (!match || !isPossible(match)) return undefined
  return {start, end: start + match[0].length, written: match[0], digits: digitsOf(match)}
}

/** The digits of the date or timestamp `text` starts with (leadingDateIn). */
export function leadingDateDigits(text: string): string | undefined {
  return leadingDateIn(text)?.digits
}

/**
 * The digits of the first date or timestamp anywhere in `text` (`**Last Updated:** 2025-10-19`),
 * impossible ones too: for ordering entries, where a typo (`2025-11-32`) still has its place.
 */
export function writtenDateDigits(text: string): string | undefined {
  const match = DATE_ANYWHERE.exec(text)
  return match ? digitsOf(match) : undefined
}

/** Orders two digit strings (leadingDateDigits, writtenDateDigits) as far as both go: `20251019` equals `20251019T2300`. */
export function compareDateDigits(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  const [x, y] = [a.slice(0, length), b.slice(0, length)]
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Orders two digit strings (leadingDateDigits, writtenDateDigits) as moments, a time left out being the day's
 * start: `20251019` is before `2025101923`. For choosing between dates (a merge keeps the later),
 * where compareDateDigits, judging staleness, calls those two equal.
 */
export function compareDateMoments(a: string, b: string): number {
  return compareDateDigits(a.padEnd(MOMENT_DIGITS, '0'), b.padEnd(MOMENT_DIGITS, '0'))
}

function digitsOf([, year, month, day, hours, minutes, seconds]: RegExpExecArray): string {
  return year + month + day + (hours ?? '') + (minutes ?? '') + (seconds ?? '')
}

function isPossible([, , month, day, hours, minutes, seconds]: RegExpExecArray): boolean {
  if (!within(month, 1, 12) || !within(day, 1, 31)) return false
  return (hours === undefined || within(hours, 0, 23)) && (minutes === undefined || within(minutes, 0, 59)) && (seconds === undefined || within(seconds, 0, 60))
}

function within(digits: string, low: number, high: number): boolean {
  const value = Number(digits)
  return value >= low && value <= high
}
