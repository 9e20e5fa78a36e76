import {distance} from 'fastest-levenshtein'

export interface SuggestOptions {
  /** How many suggestions at most. */
  max?: number
}

/** Inputs longer than this get no suggestion. */
const LONGEST_SUGGESTIBLE = 500

/**
 * The candidates closest to `input` (case-insensitive edit distance), nearest first, ties in the
 * order given. Only "reasonably close" ones count: at most a third of the input's length away
 * (at least one edit), so a typo is caught but an unrelated ID is not offered.
 */
export function suggestClosest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  // No ID or path is this long: such an input is no typo, and measuring it would cost its length times each candidate's.
  if (input.length > LONGEST_SUGGESTIBLE) return []
  const max = options.max ?? 3
  const wanted = input.toLowerCase()
  const limit = Math.max(1, Math.floor(input.length / 3))
  const seen = new Set<string>()
  const scored: Array<{candidate: string; cost: number; order: number}> = []
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate === input) continue
    seen.add(candidate)
    const lowered = candidate.toLowerCase()
    // The edit distance is at least the difference in length: most candidates are ruled out unmeasured.
    if (Math.abs(lowered.length - wanted.length) > limit) continue
    const cost = distance(wanted, lowered)
    if (cost <= limit) scored.push({candidate, cost, order: scored.length})
  }
  scored.sort((a, b) => a.cost - b.cost || a.order - b.order)
  return scored.slice(0, max).map((entry) => entry.candidate)
}

/** `did you mean A?`, `did you mean A or B?`, `did you mean A, B or C?`; undefined for none. */
export function didYouMean(suggestions: readonly string[]): string | undefined {
  if (suggestions.length === 0) return undefined
  const last = suggestions[suggestions.length - 1]
  const head = suggestions.slice(0, -1)
  return `did you mean ${head.length > 0 ? `${head.join(', ')} or ${last}` : last}?`
}
