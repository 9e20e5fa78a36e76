import {UserError} from '../../errors.js'
import {shownInput} from '../../shown-input.js'
import type {FixPlanItem, FixPlanLedger} from '../model.js'
import {didYouMean, suggestClosest} from '../suggest.js'

/** `ID` or `[ID]` as users type it, without the brackets. */
export function itemId(typed: string): string {
  return typed.replace(/^\[(.*)\]$/s, '$1')
}

/**
 * The one item with that ID. An unknown ID is a one-line error suggesting the closest ID (else
 * `fallbackHint`, else the IDs); an ID that two or more items carry is refused naming their lines,
 * since editing the first copy would leave the reader guessing which one changed.
 */
export function findItemOrFail(ledger: FixPlanLedger, id: string, fallbackHint?: string): FixPlanItem {
  const items = ledger.items.filter((candidate) => candidate.id === id)
  if (items.length === 1) return items[0]
  if (items.length > 1) {
    const lines = items.map((item) => item.line)
    throw new UserError(`ID \`${id}\` is ambiguous: items at lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)} of ${ledger.doc.path}`, {
      path: ledger.doc.path,
      hint: 'give each item its own ID (planledger check reports duplicate-id), then run the command again',
    })
  }
  const ids = ledger.items.map((candidate) => candidate.id)
  throw new UserError(`Unknown fix-plan item \`${shownInput(id)}\` in ${ledger.doc.path}`, {
    hint: didYouMean(suggestClosest(id, ids)) ?? fallbackHint ?? (ids.length > 0 ? `items: ${ids.join(', ')}` : 'the file has no `## [ID] Title` items'),
  })
}
