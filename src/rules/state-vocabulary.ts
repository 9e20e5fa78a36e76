import type {ResolvedConfig} from '../app/config.js'
import type {RowState} from '../ledger/model.js'
import {stateVocabularyOf} from '../ledger/state-marker.js'

/**
 * The state of `marker` in this project's vocabulary: the built-in markers, then the ones the
 * config adds (`"states": {"done": ["✓"], "partial": ["~"]}`); 'unknown' for anything else.
 */
export function stateInVocabulary(marker: string, config: ResolvedConfig): RowState {
  return stateVocabularyOf(config.states).stateOf(marker)
}

/** The markers an error names as expected: the usual ones, then the configured additions. */
export function expectedMarkers(config: ResolvedConfig): string {
  return stateVocabularyOf(config.states).expected
}
