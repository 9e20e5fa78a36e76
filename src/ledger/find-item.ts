import {UserError} from '../errors.js'
import type {FixPlanItem, FixPlanLedger} from './model.js'
import {didYouMean, suggestClosest} from './suggest.js'

/** `ID` or `[ID]` as users type it, without the brackets. */
export function itemId(typed: string): string {
  return typed.replace(/^\[(.*)\]$/s, '$1')
}

/** The item with that ID, or a one-line error suggesting the closest ID (else `fallbackHint`, else the IDs). */
export function findItemOrFail(ledger: FixPlanLedger, id: string, fallbackHint?: string): FixPlanItem {
  const item = ledger.items.find((candidate) => candidate.id === id)
  if (item) return item
  const ids = ledger.items.map((candidate) => candidate.id)
  throw new UserError(`Unknown fix-plan item \`${id}\` in ${ledger.doc.path}`, {
    hint: didYouMean(suggestClosest(id, ids)) ?? fallbackHint ?? (ids.length > 0 ? `items: ${ids.join(', ')}` : 'the file has no `## [ID] Title` items'),
  })
}
