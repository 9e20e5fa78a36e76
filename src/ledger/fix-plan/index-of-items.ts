import type {FixPlanItem, IndexEntry} from '../model.js'

/**
 * The index of a fix plan written in another dialect than `## [ID]` items, among its ID tables and
 * `[ID]` lists wherever they stand (FORMATS.md §4). A table restating the items is their index when
 * most of its IDs name items of the file; one whose IDs mostly name nothing here lists something
 * else (findings, files, steps) and is neither index nor items. Rows that are items themselves (a
 * table ledger) are no index of themselves. Entries in line order.
 */
export function indexOfItems(candidates: readonly IndexEntry[][], items: ReadonlyArray<Pick<FixPlanItem, 'id' | 'line'>>): IndexEntry[] {
  const ids = new Set(items.flatMap((item) => (item.id === null ? [] : [item.id])))
  const itemLines = new Set(items.map((item) => item.line))
  const index: IndexEntry[] = []
  for (const group of candidates) {
    if (group.some((entry) => itemLines.has(entry.line))) continue
    const distinct = new Set(group.map((entry) => entry.id))
    let named = 0
    for (const id of distinct) if (ids.has(id)) named++
    if (named * 2 > distinct.size) index.push(...group)
  }
  return index.sort((a, b) => a.line - b.line)
}
