import type {AttemptsHistory, FixPlanItem, FixPlanLedger} from '../model.js'

/** An Attempts History and whose it is: an item's, or the file's own when `item` is absent. */
export interface OwnedHistory {
  history: AttemptsHistory
  item?: FixPlanItem
}

/** Every Attempts History of a fix plan: each item's, in file order, then the file-level one. */
export function historiesOf(fixPlan: FixPlanLedger): OwnedHistory[] {
  const histories: OwnedHistory[] = fixPlan.items.flatMap((item) => (item.attempts ? [{history: item.attempts, item}] : []))
  if (fixPlan.attempts) histories.push({history: fixPlan.attempts})
  return histories
}
