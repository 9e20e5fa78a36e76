import type {LedgerDocument} from '../../ledger/document.js'
import {isEmptyListPlaceholder} from '../../ledger/empty-list-placeholder.js'
import type {ListBlock} from '../../ledger/list-blocks.js'
import {applyEdits, type TextEdit} from '../text-edit.js'
import {counterpart, describeList, itemName, type MergeVersions, type VersionLists} from './merged-lists.js'

/**
 * A list item that only says the list is empty (`1. (empty)`, `- none`), written by one side when
 * it emptied a list the other side still fills, is dropped when the merged list holds other items;
 * alone in its list, it stays. One that a side has beside real items in that list (kept from BASE
 * or written so) is that side's choice, left as it was.
 */
export function dropAddedPlaceholders(merged: VersionLists, versions: () => MergeVersions, notes: string[]): string {
  const edits: TextEdit[] = []
  for (const list of merged.lists) {
    if (merged.nearConflict(list)) continue
    const placeholders = list.items.filter(({item, lastLine}) => lastLine === item.line && isEmptyListPlaceholder(item.text))
    if (placeholders.length === 0 || placeholders.length === list.items.length) continue
    const {ours, theirs} = versions()
    const besideItems = [ours, theirs].flatMap((side) => placeholdersBesideItems(list, side))
    for (const {item} of placeholders) {
      if (besideItems.includes(item.text.trim())) continue
      edits.push(lineRemoval(merged.doc, item.line))
      notes.push(`dropped: placeholder "${merged.doc.lines[item.line].text.trim()}" in the ${describeList(list)}: one side emptied the list, the merge still holds other items`)
    }
  }
  return applyEdits(merged.doc.text, edits)
}

/** Placeholders a side has beside real items in this list. */
function placeholdersBesideItems(list: ListBlock, side: VersionLists): string[] {
  const source = counterpart(list, side)
  const names = source === undefined ? [] : source.items.map((_, index) => itemName(source, index))
  return names.every(isEmptyListPlaceholder) ? [] : names.filter(isEmptyListPlaceholder)
}

/**
 * The edit taking line `at` out. With blank lines on both sides of it, the shorter run of them
 * goes too, so the gap it leaves is no wider than either gap it had.
 */
function lineRemoval(doc: LedgerDocument, at: number): TextEdit {
  const blank = (index: number) => index >= 0 && index < doc.lines.length && doc.lines[index].text.trim() === ''
  let [before, after] = [0, 0]
  while (blank(at - 1 - before)) before++
  while (blank(at + 1 + after)) after++
  const last = at + Math.min(before, after)
  const line = doc.lines[last]
  // The file's last line, without an ending: the line ending before it goes instead.
  if (line.endWithEol === line.end && at > 0) return {start: doc.lines[at - 1].end, end: line.end, text: ''}
  return {start: doc.lines[at].start, end: line.endWithEol, text: ''}
}
