import {findField} from '../../ledger/fix-plan/item-fields.js'
import type {Field, FixPlanItem} from '../../ledger/model.js'

// `done`, `complete`, `archived 2025-10-20 — see ...`, `Phase F COMPLETE (...)`: the work is over.
const CLOSED = /\b(done|complete|completed|archived|closed)\b/i
// `not done`, `incomplete` and `pending` mean open whatever else the value says.
const STILL_OPEN = /\b(not|in[ _-]?progress|pending|blocked|incomplete)\b/i

/** The item's `Status:` field when its value says the work is finished. */
export function closedStatusOf(item: FixPlanItem): Field | undefined {
  const status = findField(item, 'Status')
  return status && CLOSED.test(status.value) && !STILL_OPEN.test(status.value) ? status : undefined
}
