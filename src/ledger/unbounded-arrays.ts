/**
 * Loops for arrays whose length follows the input (lines, items, attempts, reports). Spreading
 * such an array into a call (`push(...a)`, `Math.max(...a)`) passes every element as an argument
 * on the stack, which overflows at around a hundred thousand elements: a ledger under the size
 * limit can hold more attempts or items than that.
 */

/** Appends `items` to `target` in order; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest value; undefined when there is none. */
export function maxOf(values: Iterable<number>): number | undefined {
  let max: number | undefined
  for (const value of values) if (max === undefined || value > max) max = value
  return max
}
