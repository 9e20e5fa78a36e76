import {classifyState} from '../ledger/item-state.js'
import type {ItemState} from '../ledger/model.js'
import {BUILT_IN_VOCABULARY, type StateVocabulary} from '../ledger/plan/state-marker.js'

/** A `Status=` value that asks for a state rather than spelling the text: `done`, `open`, `in_progress`, … */
export function requestedState(value: string): ItemState | undefined {
  const word = value.trim().toLowerCase().replace(/[ -]/g, '_')
  return (['open', 'in_progress', 'partial', 'blocked', 'done', 'skipped'] as const).find((state) => state === word)
}

/**
 * The text the file itself uses for `state` among `texts` (status cells, `Status:` values, heading
 * markers): the most used one that reads as that state (in `vocabulary`, the project's `states`),
 * first seen on a tie; undefined when none does.
 */
export function fileWordingFor(state: ItemState, texts: ReadonlyArray<string | null | undefined>, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): string | undefined {
  const counts = new Map<string, number>()
  for (const text of texts) {
    if (text === null || text === undefined || text.trim() === '' || classifyState(text, vocabulary) !== state) continue
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  let best: string | undefined
  for (const [text, count] of counts) if (best === undefined || count > counts.get(best)!) best = text
  return best
}
