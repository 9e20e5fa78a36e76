import {findField} from './item-fields.js'
import {leadingStatusWord} from '../item-state.js'
import type {FixPlanItem} from '../model.js'
import {trimCharacters} from '../trim-characters.js'

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

/**
 * The form values are compared in: markup stripped, lowercased, the leading word only (`in_progress`,
 * `in-progress` alike), so `**Archived** 2026-11-29 — see …` equals `archived`.
 */
export function comparableStatus(value: string): string {
  // Neither part of a link may hold a bracket (nor the target a parenthesis): otherwise a `[` without
  // its `](…)` rescans the rest of the value from every later `[`, quadratic on a long value.
  const plain = value.replace(/[`*]/g, '').replace(/\[([^[\]]*)\]\([^()[\]]*\)/g, '$1').trim().toLowerCase()
  // Lowercased before the word is taken, not after: `İ` and a final `Σ` lowercase differently alone.
  const word = leadingStatusWord(plain)
  return word !== undefined ? trimCharacters(word.replace(/-/g, '_'), '', '_') : plain
}
