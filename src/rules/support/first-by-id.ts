import type {FixPlanItem} from '../../ledger/model.js'

/** Items by ID (items without one left out); when an ID repeats, its first item (duplicate-id reports the rest). */
export function firstById(items: readonly FixPlanItem[]): Map<string, FixPlanItem> {
  const byId = new Map<string, FixPlanItem>()
  for (const item of items) if (item.id !== null && !byId.has(item.id)) byId.set(item.id, item)
  return byId
}
