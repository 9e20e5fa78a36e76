import type {ListedItem, ListResult} from '../app/list.js'
import {maxOf} from '../ledger/unbounded-arrays.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {cutTo as cut, widthOf as length} from './fit-line.js'

interface Column {
  header: string
  cell: (item: ListedItem) => string
  /** Narrowest it is cut to; columns without one are never cut. */
  min?: number
  /** Cuttable columns give way in stages: all of stage 1 down to their floors before stage 2 is cut. */
  stage?: number
  /** Left out, lowest first, when the table cannot fit otherwise. */
  dropOrder?: number
}

function columnsFor(items: readonly ListedItem[], bracketed: boolean): Column[] {
  const shared = sharedFolder(items.flatMap((item) => item.workingPlans.slice(0, 1)))
  // Other dialects have no Status field to show, so the state their box, marker or cell reads as comes right after the ID.
  const state: Column[] = bracketed ? [] : [{header: 'STATE', cell: (item) => item.state}]
  const columns: Column[] = [
    {header: 'ID', cell: (item) => item.id ?? '-', min: 12, stage: 3},
    ...state,
    // A status or priority is read by its first word (`blocked (profiling halted)`): cut them first.
    {header: 'STATUS', cell: (item) => item.status ?? '-', min: 11, stage: 1},
    {header: 'PRIORITY', cell: (item) => item.priority ?? '-', min: 8, stage: 1, dropOrder: 3},
    {header: 'ATTEMPTS', cell: (item) => String(item.attempts), dropOrder: 2},
    {header: 'LAST ATTEMPT', cell: (item) => item.lastAttemptDate ?? '-', min: 10, stage: 1, dropOrder: 1},
    {header: 'PLAN', cell: (item) => planCell(item, shared.length), min: 16, stage: 2},
    {header: 'TITLE', cell: (item) => item.title, min: 16, stage: 2},
  ]
  return columns.filter((column) => bracketed || !isEmptyColumn(column, items))
}

/** Other dialects rarely keep priorities, attempts or plans: a column blank for every item says nothing, so it goes. */
function isEmptyColumn(column: Column, items: readonly ListedItem[]): boolean {
  if (column.header === 'ID' || column.header === 'TITLE' || column.header === 'STATE') return false
  return items.every((item) => ['', '-', '0'].includes(column.cell(item).trim()))
}
const GAP = '  '

/**
 * An aligned table, one item per line, that fits `width` columns: the widest cuttable column
 * gives way first (title, plan, …), each cut cell marked `…`. When even the narrowest widths do not
 * fit, the last-attempt date, then the attempt count, then the priority are left out; past that
 * the lines run over. The title goes last because it is the longest.
 */
export function renderList(result: ListResult, width: number): string {
  const path = escapeUntrusted(result.path)
  if (result.total === 0) {
    return result.dialect === 'none'
      ? `${path} has no items (no headings, checklist or table the readers recognise)`
      : `${path} has no items (read as ${result.dialect})`
  }
  if (result.items.length === 0) return `no items in ${path} match`
  let columns = columnsFor(result.items, result.dialect === 'bracketed-headings')
  let table = tableOf(columns, result.items)
  let natural = naturalWidths(columns, table)
  for (const order of [1, 2, 3]) {
    if (narrowest(columns, natural) <= width) break
    const keep = columns.map((column) => column.dropOrder !== order)
    columns = columns.filter((_, at) => keep[at])
    table = table.map((cells) => cells.filter((_, at) => keep[at]))
    natural = natural.filter((_, at) => keep[at])
  }
  const widths = fitWidths(columns, natural, width)
  return table
    .map((cells) =>
      cells
        .map((cell, at) => {
          const fitted = cut(cell, widths[at])
          return at === cells.length - 1 ? fitted : fitted + ' '.repeat(widths[at] - length(fitted))
        })
        .join(GAP)
        .trimEnd(),
    )
    .join('\n')
}

function tableOf(columns: Column[], items: readonly ListedItem[]): string[][] {
  return [columns.map((column) => column.header), ...items.map((item) => columns.map((column) => escapeUntrusted(column.cell(item))))]
}

function naturalWidths(columns: Column[], table: string[][]): number[] {
  return columns.map((_, at) => maxOf(table.map((cells) => length(cells[at]))) ?? 0)
}

/** The table's width with every cuttable column at its floor. */
function narrowest(columns: Column[], natural: number[]): number {
  const widths = natural.map((each, at) => Math.min(each, floorOf(columns[at])))
  return widths.reduce((sum, each) => sum + each, 0) + GAP.length * (widths.length - 1)
}

function floorOf(column: Column): number {
  return column.min === undefined ? Infinity : Math.max(column.min, length(column.header))
}

/** The first plan without the folders every listed plan shares (`plans/active/`), with `(+N)` when the field names more. */
function planCell(item: ListedItem, sharedLength: number): string {
  if (item.workingPlans.length === 0) return '-'
  const first = item.workingPlans[0].slice(sharedLength)
  return item.workingPlans.length === 1 ? first : `${first} (+${item.workingPlans.length - 1})`
}

/** The leading folders (`plans/active/`) all `paths` start with; `''` when they share none. */
function sharedFolder(paths: readonly string[]): string {
  if (paths.length === 0) return ''
  let folders = paths[0].split('/').slice(0, -1)
  for (const path of paths) {
    const parts = path.split('/').slice(0, -1)
    let same = 0
    while (same < folders.length && same < parts.length && folders[same] === parts[same]) same++
    folders = folders.slice(0, same)
  }
  return folders.length === 0 ? '' : `${folders.join('/')}/`
}

function fitWidths(columns: Column[], natural: number[], width: number): number[] {
  const widths = [...natural]
  const total = () => widths.reduce((sum, each) => sum + each, 0) + GAP.length * (widths.length - 1)
  for (const stage of [1, 2, 3]) {
    while (total() > width) {
      // The widest column of the stage still above its floor gives one column; ties go to the later (title).
      let widest = -1
      widths.forEach((each, at) => {
        if (columns[at].stage === stage && each > floorOf(columns[at]) && (widest === -1 || each >= widths[widest])) widest = at
      })
      if (widest === -1) break
      widths[widest]--
    }
  }
  return widths
}
