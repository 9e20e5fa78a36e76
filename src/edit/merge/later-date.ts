import {compareDateMoments, writtenDateDigits} from '../../ledger/ledger-dates.js'
import {withoutEol} from './merge-lines.js'

/**
 * Of two `Last Updated` lines, the one with the later date (as moments, so spellings of a
 * timestamp sort alike); undefined when either has no date or both dates are the same moment.
 */
export function laterDated(ours: string, theirs: string): string | undefined {
  const [a, b] = [writtenDateDigits(withoutEol(ours)), writtenDateDigits(withoutEol(theirs))]
  if (a === undefined || b === undefined) return undefined
  const order = compareDateMoments(a, b)
  return order === 0 ? undefined : order > 0 ? ours : theirs
}
