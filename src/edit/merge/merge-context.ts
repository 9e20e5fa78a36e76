import type {Unit} from './unit-tree.js'

/** The three versions as lines (endings kept) and what the merge has found so far. */
export interface MergeContext {
  base: readonly string[]
  ours: readonly string[]
  theirs: readonly string[]
  markerSize: number
  /** The line ending markers and added line endings use: OURS's own. */
  eol: string
  /** Appended entries sort newest first (a newest-first journal). */
  newestFirst: boolean
  conflicts: number
  notes: string[]
}

export type Side = 'base' | 'ours' | 'theirs'

export function linesOf(context: MergeContext, side: Side, unit: Unit): string[] {
  return context[side].slice(unit.from, unit.to) as string[]
}

export function textOf(context: MergeContext, side: Side, unit: Unit | undefined): string {
  return unit === undefined ? '' : linesOf(context, side, unit).join('')
}

/** A unit's key as people read it in notes: `item [X] › field status`. */
export function describe(where: string, key: string): string {
  return where === '' ? key : `${where} › ${key}`
}
