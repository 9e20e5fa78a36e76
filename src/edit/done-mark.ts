import type {FieldEntry} from '../ledger/fix-plan/field-entries.js'
import type {TextEdit} from './text-edit.js'

/** How a block marks an entry done, learned from the entries already marked. */
export type DoneStyle =
  | {kind: 'checkbox'; mark: string}
  | {kind: 'strike'}
  /** `✅ `, `✅ COMPLETE — `, `✅ COMPLETE (Attempt #12) — `, `✔ Done: `. */
  | {kind: 'prefix'; emoji: string; word?: string; attempt: boolean; separator?: string}

// An emoji, then optionally a capitalised word, an `(Attempt #N)` and a separator before the entry's own text.
const DONE_PREFIX = /^(✅|✔️?|☑️?)[ \t]*(?:([A-Z][A-Za-z]*)[ \t]*(\(Attempt #\d+\))?[ \t]*([—–:]|-(?=[ \t]))[ \t]*)?/u
const STRUCK = /^~~.+~~/s
const DEFAULT_STYLE: DoneStyle = {kind: 'prefix', emoji: '✅', attempt: false}

/** Whether an entry already reads as done in any of the styles. */
export function isDone(entry: FieldEntry): boolean {
  if (entry.checkbox) return entry.checkbox.marker !== ' '
  return DONE_PREFIX.test(entry.text) || STRUCK.test(entry.text)
}

/**
 * The block's own way of marking done: checkboxes when its entries have them, else the style of
 * the last entry already marked, else `✅ `.
 */
export function learnDoneStyle(entries: readonly FieldEntry[]): DoneStyle {
  const boxes = entries.filter((entry) => entry.checkbox)
  if (boxes.length > 0) {
    const checked = [...boxes].reverse().find((entry) => entry.checkbox!.marker !== ' ')
    return {kind: 'checkbox', mark: checked?.checkbox!.marker ?? 'x'}
  }
  for (const entry of [...entries].reverse()) {
    if (STRUCK.test(entry.text)) return {kind: 'strike'}
    const prefix = DONE_PREFIX.exec(entry.text)
    if (prefix) return {kind: 'prefix', emoji: prefix[1], word: prefix[2], attempt: prefix[3] !== undefined, separator: prefix[4]}
  }
  return DEFAULT_STYLE
}

/** The edit that marks `entry` done in `style`; `attempt` fills `(Attempt #N)` (left out when unknown). */
export function markDone(entry: FieldEntry, style: DoneStyle, attempt: number | undefined): TextEdit {
  if (style.kind === 'checkbox') {
    // An entry without a box in a block of boxes gets one.
    if (!entry.checkbox) return {start: entry.textStart, end: entry.textStart, text: `[${style.mark}] `}
    return {start: entry.checkbox.start + 1, end: entry.checkbox.end - 1, text: style.mark}
  }
  if (style.kind === 'strike') return {start: entry.textStart, end: entry.textEnd, text: `~~${entry.text}~~`}
  return {start: entry.textStart, end: entry.textStart, text: donePrefix(style, attempt)}
}

function donePrefix(style: Extract<DoneStyle, {kind: 'prefix'}>, attempt: number | undefined): string {
  if (style.word === undefined) return `${style.emoji} `
  const number = style.attempt && attempt !== undefined ? ` (Attempt #${attempt})` : ''
  const separator = style.separator === ':' ? ':' : ` ${style.separator ?? '—'}`
  return `${style.emoji} ${style.word}${number}${separator} `
}
