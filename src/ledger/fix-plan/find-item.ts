import {UserError} from '../../errors.js'
import {shownInput} from '../../shown-input.js'
import type {FixPlanItem, FixPlanLedger} from '../model.js'
import {didYouMean, suggestClosest} from '../suggest.js'

/** `ID`, `[ID]`, `**ID**` or `ID:` as users type it, without the markup. */
export function itemId(typed: string): string {
  return typed
    .trim()
    .replace(/^\[(.*)\]$/s, '$1')
    .replace(/^(\*\*|__)(.*)\1$/s, '$2')
    .replace(/:$/, '')
}

/** A title as compared by lookup: markup dropped, spaces collapsed, lowercased. */
export function comparableTitle(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The items an ITEM argument names: by ID (exact, then any case), else by title (any case, markup
 * ignored), else `@LINE`, the item whose lines contain that 1-based line. Empty when none does.
 */
export function itemsNamed(items: readonly FixPlanItem[], typed: string): FixPlanItem[] {
  const atLine = /^@(\d+)$/.exec(typed.trim())
  if (atLine) {
    const line = Number(atLine[1])
    return items.filter((item) => item.line <= line && line <= item.endLine).slice(0, 1)
  }
  const id = itemId(typed)
  const exact = items.filter((item) => item.id === id)
  if (exact.length > 0) return exact
  const lowered = id.toLowerCase()
  const anyCase = items.filter((item) => item.id?.toLowerCase() === lowered)
  if (anyCase.length > 0) return anyCase
  const title = comparableTitle(typed)
  return items.filter((item) => comparableTitle(item.title) === title)
}

/** IDs and titles, for did-you-mean. */
export function itemNames(items: readonly FixPlanItem[]): string[] {
  return items.flatMap((item) => (item.id === null ? [item.title] : [item.id, item.title]))
}

/**
 * The one item `typed` names (see itemsNamed). An unknown name is a one-line error suggesting the
 * closest ID or title (else `fallbackHint`, else the IDs); a name two or more items carry is refused
 * naming their lines, since editing the first copy would leave the reader guessing which one changed.
 */
export function findItemOrFail(ledger: FixPlanLedger, typed: string, fallbackHint?: string): FixPlanItem {
  const items = itemsNamed(ledger.items, typed)
  if (items.length === 1) return items[0]
  if (items.length > 1) {
    const lines = items.map((item) => item.line)
    throw new UserError(`ID \`${typed}\` is ambiguous: items at lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)} of ${ledger.doc.path}`, {
      path: ledger.doc.path,
      hint: 'give each item its own ID (planledger check reports duplicate-id), then run the command again',
    })
  }
  const ids = ledger.items.flatMap((candidate) => (candidate.id === null ? [] : [candidate.id]))
  throw new UserError(`Unknown fix-plan item \`${shownInput(typed)}\` in ${ledger.doc.path}`, {
    hint:
      didYouMean(suggestClosest(typed, itemNames(ledger.items))) ??
      fallbackHint ??
      (ids.length > 0 ? `items: ${ids.join(', ')}` : ledger.items.length > 0 ? 'name an item by its title or @LINE' : 'the file has no `## [ID] Title` items'),
  })
}
