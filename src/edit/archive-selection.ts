import {UserError} from '../errors.js'
import {findItemOrFail, itemId} from '../ledger/fix-plan/find-item.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {itemStatusWord, statusWordsFor} from '../ledger/fix-plan/status-word.js'

/** Which items `archive` moves. */
export type ArchiveSelection =
  | {by: 'status'; status: string}
  | {by: 'ids'; ids: readonly string[]}
  /** The oldest items with `status` until the fix plan has at most `maxLines` lines. */
  | {by: 'max-lines'; status: string; maxLines: number}

export interface SelectedItems {
  /** In file order. */
  items: FixPlanItem[]
  /** Items named by --ids that are stubs already. */
  skipped: Array<{id: string; reason: string}>
}

/** Lines the fix plan loses when `item` is replaced by its stub (may be ≤ 0 for a tiny item). */
export type LineGain = (item: FixPlanItem) => number

export function selectItems(ledger: FixPlanLedger, selection: ArchiveSelection, lineGain: LineGain): SelectedItems {
  if (selection.by === 'ids') return selectByIds(ledger, selection.ids)
  const words = statusWordsFor(selection.status)
  if (words.includes('archived')) {
    throw new UserError('`--status archived` would move stubs that are already archived', {hint: 'archive items by another status, e.g. --status done'})
  }
  const matching = ledger.items.filter((item) => words.includes(itemStatusWord(item) ?? ''))
  if (selection.by === 'status') return {items: matching, skipped: []}
  return {items: oldestUntilUnder(ledger, matching, selection.maxLines, lineGain), skipped: []}
}

/** Named items in file order (a repeated ID is refused by findItemOrFail); a stub is skipped, not moved twice. */
function selectByIds(ledger: FixPlanLedger, ids: readonly string[]): SelectedItems {
  const wanted = new Set<FixPlanItem>()
  const skipped: SelectedItems['skipped'] = []
  for (const raw of ids) {
    const id = itemId(raw.trim())
    const item = findItemOrFail(ledger, id)
    if (itemStatusWord(item) === 'archived') {
      if (!skipped.some((entry) => entry.id === id)) skipped.push({id, reason: `already archived (line ${item.line})`})
    } else {
      wanted.add(item)
    }
  }
  return {items: ledger.items.filter((item) => wanted.has(item)), skipped}
}

/**
 * Oldest first — by the latest date among an item's attempt entries; undated items after dated
 * ones (their age is unknown); ties in file order — until the file has at most `maxLines` lines.
 * Items whose stub would not be shorter are passed over.
 */
function oldestUntilUnder(ledger: FixPlanLedger, matching: FixPlanItem[], maxLines: number, lineGain: LineGain): FixPlanItem[] {
  const total = ledger.doc.lines.length
  if (total <= maxLines) return []
  const candidates = matching
    .map((item, order) => ({item, order, age: latestDateKey(item), gain: lineGain(item)}))
    .filter((candidate) => candidate.gain > 0)
    .sort((a, b) => compareAge(a.age, b.age) || a.order - b.order)
  const taken = new Set<FixPlanItem>()
  let remaining = total
  for (const candidate of candidates) {
    if (remaining <= maxLines) break
    taken.add(candidate.item)
    remaining -= candidate.gain
  }
  if (remaining > maxLines) {
    throw new UserError(
      `${ledger.doc.path} cannot get to ${maxLines} lines by archiving ${matching.length === 1 ? 'its 1 matching item' : `its ${matching.length} matching items`}: ${total} lines now, ${remaining} after archiving all of them`,
      {path: ledger.doc.path, hint: 'raise --max-lines, or finish (and mark done) more items first'},
    )
  }
  return matching.filter((item) => taken.has(item))
}

/** Digits of the latest entry date (`2025-10-16T23:05:39Z` and `2026-01-13T202358Z` compare alike); undefined when no entry is dated. */
function latestDateKey(item: FixPlanItem): string | undefined {
  let latest: string | undefined
  for (const {date} of item.attempts?.entries ?? []) {
    if (date === undefined) continue
    const key = date.replace(/\D/g, '')
    if (latest === undefined || key > latest) latest = key
  }
  return latest
}

function compareAge(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}
