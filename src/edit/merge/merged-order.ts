import {diffArrays} from 'diff'
import type {Unit} from './unit-tree.js'

/**
 * The order of the merged siblings' keys: OURS's order, with each unit OURS lacks placed after the
 * unit that precedes it in THEIRS, past what THEIRS does not have there (OURS's additions, so
 * entries both sides appended come ours first, and units THEIRS removed). A unit THEIRS moved
 * (an item to `## Completed`) and OURS left in place moves too.
 */
export function mergedOrder(base: readonly Unit[], ours: readonly Unit[], theirs: readonly Unit[], inOurs: ReadonlyMap<string, Unit>): string[] {
  const order = ours.map((unit) => unit.key)
  const inTheirs = new Set(theirs.map((unit) => unit.key))
  const moved = movedByTheirs(base, ours, theirs)
  for (const key of moved) order.splice(order.indexOf(key), 1)
  let previous: string | undefined
  for (const unit of theirs) {
    if (!inOurs.has(unit.key) || moved.has(unit.key)) {
      let at = previous === undefined ? 0 : order.indexOf(previous) + 1
      // Past what THEIRS does not have there: OURS's additions, and units THEIRS removed.
      while (at < order.length && !inTheirs.has(order[at])) at++
      order.splice(at, 0, unit.key)
    }
    previous = unit.key
  }
  return order
}

/**
 * Keyed units (gaps aside) all three versions have, whose place THEIRS changed and OURS did not:
 * those off the longest common sequence of BASE and THEIRS, but on that of BASE and OURS. A gap
 * introducing a moved unit moves with it.
 */
function movedByTheirs(base: readonly Unit[], ours: readonly Unit[], theirs: readonly Unit[]): Set<string> {
  const keysOf = (units: readonly Unit[]) => units.filter((unit) => unit.kind !== 'gap').map((unit) => unit.key)
  const [b, o, t] = [keysOf(base), keysOf(ours), keysOf(theirs)]
  const [inOurs, inTheirs] = [new Set(o), new Set(t)]
  const inAll = new Set(b.filter((key) => inOurs.has(key) && inTheirs.has(key)))
  const common = (keys: string[]) => keys.filter((key) => inAll.has(key))
  const offSequence = (other: string[]) => {
    const off = new Set<string>()
    for (const change of diffArrays(common(b), common(other))) if (change.added) for (const key of change.value) off.add(key)
    return off
  }
  const [movedInTheirs, movedInOurs] = [offSequence(t), offSequence(o)]
  const moved = new Set([...movedInTheirs].filter((key) => !movedInOurs.has(key)))
  if (moved.size === 0) return moved
  const oursKeys = new Set(ours.map((unit) => unit.key))
  theirs.forEach((unit, at) => {
    const next = theirs[at + 1]
    if (unit.kind === 'gap' && next !== undefined && moved.has(next.key) && unit.key === `gap before ${next.key}` && oursKeys.has(unit.key)) moved.add(unit.key)
  })
  return moved
}
