import {UserError} from '../errors.js'

/**
 * What ends a line for some reader of a ledger: LF and CR (Markdown), NEL, LINE SEPARATOR and
 * PARAGRAPH SEPARATOR (editors and other parsers).
 */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/
/** Every line break in a text, a CRLF pair counting as one. */
export const LINE_BREAKS = new RegExp(`\\r\\n|${LINE_BREAK.source}`, 'g')

// Control characters (Unicode Cc) that are not line breaks. TAB is let through: inside a line it is
// whitespace to Markdown and ends no line, cell or heading; values with a fixed shape (dates,
// finding IDs, field keys) refuse it through their own shape check.
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F]/
const BREAK_OR_CONTROL = new RegExp(`${LINE_BREAK.source}|${CONTROL.source}`)

export interface OneLineRules {
  /** Line breaks are the caller's to handle (a table cell turns them into `<br>`); control characters are still refused. */
  lineBreaks?: 'allow'
  /** Says why a line break cannot stay, where the general hint would not. */
  lineBreakHint?: string
}

/**
 * Refuses a value written into a one-line context (a date, label, key, ID, cell) that holds a line
 * break or a control character: a line break there would start a new line in the ledger (a new
 * `## [ID]` item, say); a control character is invisible text or acts on terminals.
 * `name` says where the value came from: `--date`, `ITEM`, `KEY=VALUE argument 2`.
 */
export function requireOneLine(value: string, name: string, rules: OneLineRules = {}): void {
  const found = (rules.lineBreaks === 'allow' ? CONTROL : BREAK_OR_CONTROL).exec(value)
  if (!found) return
  const where = `in ${name} at character ${[...value.slice(0, found.index)].length + 1}`
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  if (LINE_BREAK.test(found[0])) {
    throw new UserError(`Unexpected line break (${code}) ${where}, expected one line`, {
      hint: rules.lineBreakHint ?? 'a line break there would start a new line in the ledger; give the value on one line',
    })
  }
  throw new UserError(`Unexpected control character ${code} ${where}, expected plain text`, {
    hint: 'remove it; control characters are invisible in an editor and act on terminals',
  })
}

/** `requireOneLine` for each named value, in order; absent values and empty lists pass. */
export function requireOneLineValues(values: Record<string, string | readonly string[] | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue
    for (const one of typeof value === 'string' ? [value] : value) requireOneLine(one, name)
  }
}
