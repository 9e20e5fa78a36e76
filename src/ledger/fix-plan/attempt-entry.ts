import type {AttemptStyle} from '../model.js'

/**
 * Classifies the first line of one Attempts History entry (FORMATS.md §2, styles 1–6) into its
 * parts. Works on the text after the bullet marker (or the heading title); positions returned are
 * indices into that text.
 */
export interface EntryPrefix {
  style: AttemptStyle
  number?: number
  /** The date or timestamp exactly as written. */
  date?: string
  dateInBrackets?: boolean
  label?: string
  separator?: string
  /** Index where the entry's own text starts, after the prefix. */
  textStart: number
}

/** The parts of a prefix an AttemptEntry records as they are. */
export function prefixParts(prefix: EntryPrefix): Pick<EntryPrefix, 'number' | 'date' | 'dateInBrackets' | 'label' | 'separator'> {
  const {number, date, dateInBrackets, label, separator} = prefix
  return {number, date, dateInBrackets, label, separator}
}

/** A date, optionally with a time: `2025-10-17`, `2025-10-16T23:05:39Z`, `2026-01-13T202358Z`, `2026-01-22T02:40Z`. */
export const DATE_PATTERN = String.raw`\d{4}-\d{2}-\d{2}(?:T\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?| \d{2}:\d{2}(?::\d{2})?Z?)?`

// A separator needs a space (or the end) after it, so `2025-10-17-foo` or `a:b` never split.
const SEPARATOR = String.raw`\s*(—|–|--|-|:)(?=\s|$)\s*`
const LABEL = String.raw`\s*\(([^()]*)\)`

const BRACKET_DATE_NUMBER = new RegExp(String.raw`^\[(${DATE_PATTERN})\]\s*(?:attempt\s*#\s*(\d+))?(?:${LABEL})?(?:${SEPARATOR}|\s*)`, 'i')
const ITALIC_COLON_INSIDE = new RegExp(String.raw`^([*_])(${DATE_PATTERN})(?:${LABEL})?\s*:\1(?=\s|$)\s*`, 'i')
const ITALIC_COLON_OUTSIDE = new RegExp(String.raw`^([*_])(${DATE_PATTERN})(?:${LABEL})?\1${SEPARATOR}`, 'i')
const TIMESTAMP_DASH = new RegExp(String.raw`^(${DATE_PATTERN})(?:${LABEL})?${SEPARATOR}`, 'i')
const NUMBER_PAREN_DATE = new RegExp(String.raw`^attempt\s*#\s*(\d+)\s*\((${DATE_PATTERN})\)(?:${SEPARATOR}|\s*)`, 'i')
const HEADING_DATE = new RegExp(String.raw`^(\[)?(${DATE_PATTERN})(\])?(?:\s*attempt\s*#\s*(\d+))?(?:${SEPARATOR}|\s+|$)`, 'i')
// `Attempt #N` at the start, possibly after a mangled date (`[2025-10-18 Attempt #3`).
const NUMBER_ONLY = /^[*_[\s]*(?:\d{4}-\d{2}-\d{2}\S*\]?[*_]*\s*)?attempt\s*#\s*(\d+)/i
const LOOKS_LIKE_ENTRY = /^(?:\*{1,2}|_{1,2})?\[?\d{4}-\d{2}-\d{2}|^(?:\*\*|__)?attempt\s*#?\s*\d/i
const PLACEHOLDER = /^[_*]*\(?\s*(?:none(?:\s+yet)?|no attempts(?:\s+yet)?)\s*\.?\s*\)?[_*]*\.?\s*$/i

export function classifyBulletEntry(text: string): EntryPrefix {
  let match = BRACKET_DATE_NUMBER.exec(text)
  if (match) {
    return {
      style: 'bracket-date-number',
      date: match[1],
      dateInBrackets: true,
      number: toNumber(match[2]),
      label: match[3],
      separator: match[4],
      textStart: match[0].length,
    }
  }
  match = ITALIC_COLON_INSIDE.exec(text) ?? ITALIC_COLON_OUTSIDE.exec(text)
  if (match) {
    const label = match[3]
    return {
      style: label === undefined ? 'italic-timestamp' : 'italic-timestamp-label',
      date: match[2],
      dateInBrackets: false,
      label,
      separator: match[4] ?? ':',
      textStart: match[0].length,
    }
  }
  match = NUMBER_PAREN_DATE.exec(text)
  if (match) {
    return {style: 'number-paren-date', number: toNumber(match[1]), date: match[2], dateInBrackets: false, separator: match[3], textStart: match[0].length}
  }
  match = TIMESTAMP_DASH.exec(text)
  if (match) {
    return {style: 'timestamp-dash', date: match[1], dateInBrackets: false, label: match[2], separator: match[3], textStart: match[0].length}
  }
  // Unclassified, but keep a visible `Attempt #N` so numbering can continue past it.
  return {style: 'plain', number: toNumber(NUMBER_ONLY.exec(text)?.[1]), textStart: 0}
}

/** `2026-01-22T02:40Z — seed S1–S2 (initial)`: date, separator, label = the rest. */
export function classifyHeadingEntry(title: string): EntryPrefix & {recognised: boolean} {
  const dated = HEADING_DATE.exec(title)
  if (dated) {
    const rest = title.slice(dated[0].length).trim()
    return {
      style: 'heading',
      recognised: true,
      date: dated[2],
      dateInBrackets: dated[1] !== undefined && dated[3] !== undefined,
      number: toNumber(dated[4]),
      separator: dated[5],
      label: rest === '' ? undefined : rest,
      textStart: dated[0].length,
    }
  }
  const numbered = NUMBER_PAREN_DATE.exec(title)
  if (numbered) {
    const rest = title.slice(numbered[0].length).trim()
    return {
      style: 'heading',
      recognised: true,
      number: toNumber(numbered[1]),
      date: numbered[2],
      dateInBrackets: false,
      separator: numbered[3],
      label: rest === '' ? undefined : rest,
      textStart: numbered[0].length,
    }
  }
  return {style: 'heading', recognised: false, label: title === '' ? undefined : title, textStart: 0}
}

/** A heading that starts with a date: how entry headings are told apart from other sub-sections. */
export function isDatedHeading(title: string): boolean {
  return HEADING_DATE.test(title)
}

/** Unclassified text that still starts like an entry (a date or `Attempt #`): worth a warning. */
export function looksLikeEntry(text: string): boolean {
  return LOOKS_LIKE_ENTRY.test(text)
}

/** `(none yet)`, `None yet.`, `_(none)_`: the placeholder of an empty history. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text)
}

function toNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits)
}
