import {findField} from '../../ledger/fix-plan/item-fields.js'
import {isArchivedStub} from '../../ledger/fix-plan/settled-item.js'
import type {Field, FixPlanItem} from '../../ledger/model.js'

/**
 * The item's `Status:` field when it says the work is over: the ledger read it as done (its one
 * classifier, with the project's `states`), or it is an archive stub (`archived 2025-10-20 — see …`).
 */
export function closedStatusOf(item: FixPlanItem): Field | undefined {
  const status = findField(item, 'Status')
  if (!status) return undefined
  const readAsDone = item.statusSource === 'field' && item.state === 'done'
  return readAsDone || isArchivedStub(item) ? status : undefined
}
