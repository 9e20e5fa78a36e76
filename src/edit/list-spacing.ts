import type {LedgerDocument} from '../ledger/document.js'
import type {FixPlanItem} from '../ledger/model.js'
import {lastContentLine} from './last-content-line.js'

/** Whether a blank line separates some entry of `list` (in file order) from the one before it: the list's rhythm, for a new entry. */
export function isSpacedList(doc: LedgerDocument, list: readonly FixPlanItem[]): boolean {
  return list.some((item, at) => at > 0 && lastContentLine(doc, list[at - 1].line, item.line - 1) < item.line - 1)
}
