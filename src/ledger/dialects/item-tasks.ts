import type {LedgerLines} from '../fix-plan/fix-plan-lines.js'
import {lineSpan} from '../fix-plan/fix-plan-lines.js'
import {boxState} from '../item-state.js'
import type {ItemTask} from '../model.js'
import type {StateVocabulary} from '../plan/state-marker.js'
import {parseLeadingId, plainTitle} from './item-id.js'

/** Checkbox lines in `[from, to]` (0-based, inclusive), at any depth: an item's acceptance checks or nested boxes. */
export function boxTasks(lines: LedgerLines, from: number, to: number, vocabulary?: StateVocabulary): ItemTask[] {
  const tasks: ItemTask[] = []
  for (let at = from; at <= to; at++) {
    const item = lines.listItems[at]
    if (!item?.checkbox) continue
    const leading = parseLeadingId(item.text, false)
    tasks.push({
      line: at + 1,
      state: boxState(item.checkbox.marker, vocabulary),
      text: plainTitle(item.text),
      span: lineSpan(lines, at, at),
      ...(leading && !leading.group && {id: leading.id}),
    })
  }
  return tasks
}
