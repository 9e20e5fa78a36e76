import {InternalError} from '../errors.js'

/** Replace `text[start, end)` of the original string with `text`. A pure insertion has start === end. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * Applies edits whose offsets all refer to the original text (the effect of applying them bottom-up). Overlapping edits,
 * or two insertions at one offset, mean a planner bug: refused rather than guessed.
 */
export function applyEdits(original: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return original
  // Ascending by start; at one offset an insertion goes before a replacement that starts there.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const pieces: string[] = []
  let cursor = 0
  let previous: TextEdit | undefined
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end > original.length || edit.start > edit.end) {
      throw new InternalError(`edit [${edit.start}, ${edit.end}) is outside the text (length ${original.length})`)
    }
    if (previous && editsOverlap(previous, edit)) {
      throw new InternalError(`overlapping edits [${previous.start}, ${previous.end}) and [${edit.start}, ${edit.end})`)
    }
    pieces.push(original.slice(cursor, edit.start), edit.text)
    cursor = edit.end
    previous = edit
  }
  pieces.push(original.slice(cursor))
  return pieces.join('')
}

/**
 * Two edits that cannot both apply to one text: their ranges overlap, or both insert at one offset
 * (which goes first is a guess). An insertion at a replacement's start or end does not overlap it:
 * it goes before or after.
 */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const bothInsertAtOneOffset = a.start === a.end && b.start === b.end && a.start === b.start
  return bothInsertAtOneOffset || (a.start < b.end && b.start < a.end)
}
