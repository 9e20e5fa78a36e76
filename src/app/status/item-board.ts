import type {Dialect, FixPlanLedger, ItemState} from '../../ledger/model.js'
import {listedItem, type ListedItem} from '../list.js'

export const ITEM_STATES: readonly ItemState[] = ['in_progress', 'partial', 'blocked', 'open', 'done', 'skipped', 'unknown']

/** An item as the board names it. */
export type BoardItem = Pick<ListedItem, 'id' | 'title' | 'line' | 'state' | 'status' | 'attempts' | 'lastAttemptDate'>

export interface FixPlanBoard {
  path: string
  dialect: Dialect
  total: number
  /** Items by state, every state present (0 when none). */
  counts: Record<ItemState, number>
  inProgress: BoardItem[]
  blocked: BoardItem[]
  /** Items the loop keeps working without closing: see isStuck. */
  stuck: BoardItem[]
}

/** The fix plan's items by state, the in_progress and blocked ones, and the stuck ones (`stuckAfter` attempts). */
export function fixPlanBoard(fixPlan: FixPlanLedger, stuckAfter: number, workingPlanAliases?: readonly string[]): FixPlanBoard {
  const items = fixPlan.items.map((item) => boardItem(listedItem(item, fixPlan.dialect, workingPlanAliases)))
  const counts = Object.fromEntries(ITEM_STATES.map((state) => [state, 0])) as Record<ItemState, number>
  for (const item of items) counts[item.state]++
  return {
    path: fixPlan.doc.path,
    dialect: fixPlan.dialect,
    total: items.length,
    counts,
    inProgress: items.filter((item) => item.state === 'in_progress'),
    blocked: items.filter((item) => item.state === 'blocked'),
    stuck: items.filter((item) => isStuck(item, stuckAfter)),
  }
}

/**
 * Stuck, from the ledger alone: the item still reads as open, in_progress or partial and has at
 * least `stuckAfter` Attempts History entries. The ledger does not record when a status changed,
 * but an item that is still not done after that many loops did not move to done or blocked in them.
 * Blocked items are left out (someone already said why they wait), and so are unknown states
 * (free text such as `Phase F COMPLETE (…)` may well mean done).
 */
export function isStuck(item: Pick<BoardItem, 'state' | 'attempts'>, stuckAfter: number): boolean {
  const working = item.state === 'open' || item.state === 'in_progress' || item.state === 'partial'
  return working && item.attempts >= stuckAfter
}

function boardItem(item: ListedItem): BoardItem {
  const {id, title, line, state, status, attempts, lastAttemptDate} = item
  return {id, title, line, state, status, attempts, lastAttemptDate}
}
