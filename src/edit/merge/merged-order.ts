import type {Unit} from './unit-tree.js'

/**
 * The order of the merged siblings' keys: OURS's order, with each unit OURS lacks placed after the
 * unit that precedes it in THEIRS, past what THEIRS does not have there (OURS's additions, so entries
 * both sides appended come ours first, and units THEIRS removed). Units removed on both sides are gone.
 */
export function mergedOrder(ours: readonly Unit[], theirs: readonly Unit[], inOurs: ReadonlyMap<string, Unit>): string[] {
  const order = ours.map((unit) => unit.key)
  const inTheirs = new Set(theirs.map((unit) => unit.key))
  let previous: string | undefined
  for (const unit of theirs) {
    if (!inOurs.has(unit.key)) {
      let at = previous === undefined ? 0 : order.indexOf(previous) + 1
      // Past what THEIRS does not have there: OURS's additions, and units THEIRS removed.
      while (at < order.length && !inTheirs.has(order[at])) at++
      order.splice(at, 0, unit.key)
    }
    previous = unit.key
  }
  return order
}
