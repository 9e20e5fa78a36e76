import type {LedgerLines} from '../fix-plan/fix-plan-lines.js'
import type {Dialect, FixPlanItem} from '../model.js'
import {readChecklistItems} from './checklist.js'
import {readIdHeadingItems, type HeadingItems} from './id-headings.js'
import {readQueueLogItems} from './queue-log.js'
import type {FixPlanReadOptions} from './reader-options.js'
import {readStatusRows, type StatusRow} from './status-tables.js'
import {tableItems} from './table.js'

export interface DialectRead {
  dialect: Exclude<Dialect, 'bracketed-headings'>
  items: FixPlanItem[]
}

/**
 * The items of a fix plan without `## [ID]` items (FORMATS.md §4). The dialect the config names is
 * read as told; otherwise the reader that finds the most items wins, ties going to ID headings, then
 * checklists, then tables. Boxes inside heading items are their tasks and status-table rows naming
 * heading items are their index, so neither counts twice (phase headings, read as items only in
 * files without other ID headings, must outnumber all the boxes). Queue and log sections are the fallback:
 * they are read only when no other dialect finds an item.
 */
export function readDialectItems(lines: LedgerLines, options: FixPlanReadOptions): DialectRead {
  const rows = readStatusRows(lines)
  const readHeadings = () => readIdHeadingItems(lines, options, firstRowById(rows))
  switch (options.dialect) {
    case 'id-headings':
      return {dialect: 'id-headings', items: readHeadings().items}
    case 'checklist':
      return {dialect: 'checklist', items: readChecklistItems(lines, options)}
    case 'table':
      return {dialect: 'table', items: tableItems(rows, options)}
    case 'queue-log':
      return {dialect: 'queue-log', items: readQueueLogItems(lines, options)}
    case 'none':
      return {dialect: 'none', items: []}
    default:
      return detect(lines, options, rows, readHeadings)
  }
}

function detect(lines: LedgerLines, options: FixPlanReadOptions, rows: StatusRow[], readHeadings: () => HeadingItems): DialectRead {
  // Warnings belong to the dialect that is chosen; the losing readers' are dropped.
  const warningsBefore = lines.warnings.length
  const {items: headingItems, groupsOnly} = readHeadings()
  const headingWarnings = lines.warnings.splice(warningsBefore)
  const checklist = readChecklistItems(lines, options)
  const headingIds = new Set(headingItems.map((item) => item.id))
  const ownRows = rows.filter((row) => !headingIds.has(row.id))
  const scores: Array<[DialectRead['dialect'], number]> = [
    ['id-headings', headingItems.length],
    // Phase headings are items only when they outnumber the boxes inside them; other heading items own their boxes.
    ['checklist', groupsOnly ? checklist.length : countOutside(checklist, headingItems)],
    ['table', ownRows.length],
  ]
  let best = scores[0]
  for (const score of scores) if (score[1] > best[1]) best = score
  if (best[1] === 0) {
    const queue = readQueueLogItems(lines, options)
    return queue.length > 0 ? {dialect: 'queue-log', items: queue} : {dialect: 'none', items: []}
  }
  if (best[0] === 'id-headings') {
    lines.warnings.push(...headingWarnings)
    return {dialect: 'id-headings', items: headingItems}
  }
  return best[0] === 'checklist' ? {dialect: 'checklist', items: checklist} : {dialect: 'table', items: tableItems(rows, options)}
}

/** Checklist items outside every heading item's lines (both lists are in line order). */
function countOutside(checklist: readonly FixPlanItem[], headings: readonly FixPlanItem[]): number {
  let count = 0
  let heading = 0
  for (const item of checklist) {
    while (heading < headings.length && headings[heading].endLine < item.line) heading++
    const inside = heading < headings.length && headings[heading].line <= item.line
    if (!inside) count++
  }
  return count
}

function firstRowById(rows: readonly StatusRow[]): Map<string, StatusRow> {
  const byId = new Map<string, StatusRow>()
  for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row)
  return byId
}
