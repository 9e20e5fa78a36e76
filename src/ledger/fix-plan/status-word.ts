import {findField} from './item-fields.js'
import type {FixPlanItem} from '../model.js'

// Done items are written `done` by most loops and `complete(d)` by some; `--status done` takes all three.
const DONE_WORDS = ['done', 'complete', 'completed']

/** First run of letters, digits, `_` or `-` (markup such as `**`, backticks or emoji skipped), lowercased. */
export function leadingStatusWord(value: string): string | undefined {
  return /[\p{L}\p{N}][\p{L}\p{N}_-]*/u.exec(value)?.[0].toLowerCase()
}

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
