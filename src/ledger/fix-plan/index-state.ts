import {classifyState} from '../item-state.js'
import type {FixPlanItem, ItemState} from '../model.js'
import {BUILT_IN_VOCABULARY, type StateVocabulary} from '../plan/state-marker.js'

/**
 * The state an index status reads as when it and its item's state differ, both read (`unknown`
 * on either side is not judged); undefined when they agree. `vocabulary`: the project's `states`,
 * so a configured marker (`~` for partial) reads as it does everywhere else. index-mismatch reports
 * by it outside the `[ID]` format, and check --fix repairs only what it reports.
 */
export function differingIndexState(indexStatus: string, item: FixPlanItem, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): ItemState | undefined {
  const indexState = classifyState(indexStatus, vocabulary)
  if (indexState === 'unknown' || item.state === 'unknown' || indexState === item.state) return undefined
  return indexState
}
