import {findField} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem} from '../ledger/model.js'

export const SUMMARY_MAX_CHARS = 160

/**
 * One line that says what a fix-plan item came to, for the stub it leaves behind: its `Summary`
 * field, else the first sentence of its last Attempts History entry (in file order: the one the
 * loop appended last), else its `Notes` field; undefined when none has text.
 */
export function itemSummary(item: FixPlanItem): string | undefined {
  const lastEntry = item.attempts?.entries.at(-1)
  const candidates = [findField(item, 'Summary')?.value, lastEntry && firstSentence(lastEntry.text), findField(item, 'Notes')?.value]
  const text = candidates.map((candidate) => candidate?.trim()).find((candidate) => candidate !== undefined && candidate !== '')
  return text === undefined ? undefined : clip(text, SUMMARY_MAX_CHARS)
}

/** Up to the first `.`, `!` or `?` followed by a space: `35.98s` and `fix_plan.md` do not end a sentence. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s)/.exec(text)
  return end ? text.slice(0, end.index + 1) : text
}

/** At most `max` characters, cut at a word boundary with `…`, never leaving a code span open. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  if (space > max / 2) cut = cut.slice(0, space)
  // An odd number of backticks would open a code span that swallows the rest of the line.
  if ((cut.match(/`/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('`'))
  return `${cut.trimEnd()}…`
}
