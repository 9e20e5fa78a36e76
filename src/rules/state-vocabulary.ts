import type {ResolvedConfig} from '../app/config.js'
import type {RowState} from '../ledger/model.js'
import {EXPECTED_STATE_MARKERS, stateOfMarker} from '../ledger/state-marker.js'

/** The states `states` in .planledger.json may add markers to. */
export const CONFIGURABLE_STATES: readonly RowState[] = ['open', 'partial', 'done', 'blocked']

/**
 * The state of `marker` in this project's vocabulary: the built-in markers, then the ones the
 * config adds (`"states": {"done": ["✓"], "partial": ["~"]}`); 'unknown' for anything else.
 */
export function stateInVocabulary(marker: string, config: ResolvedConfig): RowState {
  const builtIn = stateOfMarker(marker)
  if (builtIn !== 'unknown') return builtIn
  for (const state of CONFIGURABLE_STATES) if (markersOf(config.states[state]).includes(marker)) return state
  return 'unknown'
}

/** The markers an error names as expected: the usual ones, then the configured additions. */
export function expectedMarkers(config: ResolvedConfig): string {
  const added = CONFIGURABLE_STATES.flatMap((state) => markersOf(config.states[state])).filter((marker) => stateOfMarker(marker) === 'unknown')
  return [EXPECTED_STATE_MARKERS, ...added.map((marker) => `\`[${marker}]\``)].join(' ')
}

/** A configured state's markers: one string or a list (validated in config.ts). */
function markersOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((marker): marker is string => typeof marker === 'string') : []
}
