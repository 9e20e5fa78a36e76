import {withoutEol} from './merge-lines.js'

const DATE = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:?\d{2}(?::?\d{2})?)?/

/**
 * Of two `Last Updated` lines, the one with the later date (digits compared, so spellings of a
 * timestamp sort alike); undefined when either has no date or both dates are the same moment.
 */
export function laterDated(ours: string, theirs: string): string | undefined {
  const [a, b] = [dateDigits(ours), dateDigits(theirs)]
  if (a === undefined || b === undefined || a === b) return undefined
  return a > b ? ours : theirs
}

function dateDigits(line: string): string | undefined {
  const found = DATE.exec(withoutEol(line))?.[0]
  return found?.replace(/\D/g, '').padEnd(14, '0')
}
