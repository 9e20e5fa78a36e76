import {UserError} from '../errors.js'
import type {PlanRow} from '../ledger/model.js'
import {shownInput} from '../shown-input.js'

export type TargetState = 'done' | 'partial' | 'open' | 'blocked' | 'skipped'

const FIXED_MARKERS: Record<Exclude<TargetState, 'done' | 'skipped'>, string> = {partial: 'P', open: ' ', blocked: 'B'}

/**
 * The marker to write for a requested state. `done` and `skipped` reuse the marker the file already
 * uses most for that state (`[x]`, `[D]`, `[✅]`; `[S]`, `[-]`, `[SKIP]`), else `[x]` and `[S]`;
 * a raw marker (`[D]` or `D`) is taken as is.
 */
export function markerFor(requested: string, rows: readonly PlanRow[]): string {
  if (requested === 'done') return mostUsedMarker(rows, 'done') ?? 'x'
  if (requested === 'skipped') return mostUsedMarker(rows, 'skipped') ?? 'S'
  if (requested in FIXED_MARKERS) return FIXED_MARKERS[requested as keyof typeof FIXED_MARKERS]
  const raw = /^\[?([^\s[\]]{1,2}| )\]?$/.exec(requested)
  if (raw && (requested.length <= 2 || requested.startsWith('['))) return raw[1]
  throw new UserError(`Unknown state \`${shownInput(requested)}\``, {hint: 'use done, partial, open, blocked, skipped, or a marker such as [D]'})
}

function mostUsedMarker(rows: readonly PlanRow[], state: 'done' | 'skipped'): string | undefined {
  const counts = new Map<string, number>()
  for (const row of rows) {
    // The reader already classified each marker (with the project's vocabulary); count only those of the state.
    if (row.state?.state === state) counts.set(row.state.marker, (counts.get(row.state.marker) ?? 0) + 1)
  }
  let best: string | undefined
  for (const [marker, count] of counts) if (best === undefined || count > counts.get(best)!) best = marker
  return best
}
