import type {AttemptEntry, FixPlanItem} from '../../ledger/model.js'
import {firstById} from './first-by-id.js'

/** An entry in one item's history that, by its own words or its number, belongs to another item. */
export interface EntryOfAnotherItem {
  entry: AttemptEntry
  /** The item whose history holds the entry. */
  holder: FixPlanItem
  /** The item the entry belongs to. */
  owner: FixPlanItem
  /** `names`: the entry opens with the owner's ID; `numbering`: its number continues the owner's sequence. */
  by: 'names' | 'numbering'
  /** With `numbering`: the owner's last number and the holder's (undefined when it had none). */
  ownerLast?: number
  holderLast?: number
}

// Characters an ID token is made of: `X.F1` (a phase of X) still names X, `X-2` names another item.
const ID_CHARACTER = /[\p{L}\p{N}_-]/u

/**
 * Entries appended under the wrong item, by two criteria a person would use:
 * - the entry's own text opens with another item's ID (`[B] …`, `**B**: …`, `B.F1 (…)`) and names
 *   its holder nowhere on that line: agents start an entry with the item they worked on;
 * - where items number their attempts each from #0/#1 (two histories at least start so), the
 *   holder's last entry skips its own sequence and takes exactly the number after another item's
 *   last: it was written for that item. A file counting attempts across items is left alone.
 */
export function entriesOfAnotherItem(items: readonly FixPlanItem[]): EntryOfAnotherItem[] {
  const byId = firstById(items)
  const found: EntryOfAnotherItem[] = []
  for (const holder of items) {
    for (const entry of holder.attempts?.entries ?? []) {
      const owner = namedOwner(entry, holder, byId)
      if (owner) found.push({entry, holder, owner, by: 'names'})
    }
  }
  const named = new Set(found.map((one) => one.entry))
  for (const one of numberingOfAnother(items)) if (!named.has(one.entry)) found.push(one)
  return found.sort((a, b) => a.entry.line - b.entry.line)
}

function namedOwner(entry: AttemptEntry, holder: FixPlanItem, byId: Map<string, FixPlanItem>): FixPlanItem | undefined {
  const text = (entry.style === 'heading' ? (entry.label ?? entry.text) : entry.text).replace(/^[\s*_`[(]+/u, '')
  const token = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*/u.exec(text)?.[0]
  if (!token) return undefined
  // The longest ID the token is, or starts with before a `.`: `B.F1` names `B`, `B-2` does not name `B`.
  // Looked up, not searched for: a search over every ID per entry is quadratic on big ledgers.
  let owner: FixPlanItem | undefined
  for (let end = token.length; end > 0 && !owner; end = token.lastIndexOf('.', end - 1)) owner = byId.get(token.slice(0, end))
  if (!owner || owner === holder || holder.id === null) return undefined
  return mentions(text, holder.id) ? undefined : owner
}

function mentions(text: string, id: string): boolean {
  let at = text.indexOf(id)
  while (at !== -1) {
    const before = at === 0 ? '' : text[at - 1]
    const after = text[at + id.length] ?? ''
    if (!ID_CHARACTER.test(before) && !ID_CHARACTER.test(after)) return true
    at = text.indexOf(id, at + 1)
  }
  return false
}

interface Numbered {
  item: FixPlanItem
  entries: Array<{entry: AttemptEntry; number: number}>
}

function numberingOfAnother(items: readonly FixPlanItem[]): EntryOfAnotherItem[] {
  const numbered: Numbered[] = []
  for (const item of items) {
    const entries = (item.attempts?.entries ?? []).flatMap((entry) => (entry.number === undefined ? [] : [{entry, number: entry.number}]))
    if (entries.length > 0) numbered.push({item, entries})
  }
  // Per-item numbering is evident only when at least two histories start their own count.
  if (numbered.filter((one) => one.entries[0].number <= 1).length < 2) return []
  const lastNumbers = new Map<number, FixPlanItem[]>()
  for (const one of numbered) {
    const last = one.entries[one.entries.length - 1].number
    const items = lastNumbers.get(last)
    if (items) items.push(one.item)
    else lastNumbers.set(last, [one.item])
  }
  const found: EntryOfAnotherItem[] = []
  for (const {item, entries} of numbered) {
    const {entry, number} = entries[entries.length - 1]
    const holderLast = entries.length > 1 ? entries[entries.length - 2].number : undefined
    // A number at or below the holder's own last repeats or goes down: attempt-numbering's report, not a misplacement.
    const fitsOwn = holderLast === undefined ? number <= 1 : number <= holderLast + 1
    if (fitsOwn || !contiguous(entries, entries.length - 1)) continue
    const owners = (lastNumbers.get(number - 1) ?? []).filter((other) => other !== item)
    // Two items ending at the same number: which one it continues is anyone's guess.
    if (owners.length !== 1) continue
    found.push({entry, holder: item, owner: owners[0], by: 'numbering', ownerLast: number - 1, holderLast})
  }
  return found
}

/** The first `count` numbers each one more than the one before (none or one is). */
function contiguous(entries: Numbered['entries'], count: number): boolean {
  for (let index = 1; index < count; index++) if (entries[index].number !== entries[index - 1].number + 1) return false
  return true
}
