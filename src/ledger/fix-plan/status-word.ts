import {findField} from './item-fields.js'
import {leadingStatusWord} from '../item-state.js'
import type {FixPlanItem} from '../model.js'

// Done items are written `done` by most loops and `complete(d)` by some; `--status done` takes all three.
const DONE_WORDS = ['done', 'complete', 'completed']

// The word reader lives beside the state classifier, which reads the same leading word.
export {leadingStatusWord} from '../item-state.js'

/** The words a `--status` value selects: itself, or the three spellings of done. */
export function statusWordsFor(status: string): string[] {
  const word = leadingStatusWord(status) ?? status.trim().toLowerCase()
  return DONE_WORDS.includes(word) ? DONE_WORDS : [word]
}

/** The leading word of the item's Status field; undefined without one. */
export function itemStatusWord(item: FixPlanItem): string | undefined {
  const field = findField(item, 'Status')
  return field && leadingStatusWord(field.value)
}
