import type {TableRow} from './scan.js'
import {makeCell, type TableCell} from './table-cells.js'

/** Headers of columns that hold prose, where a stray `|` (`|δ|`, `|g| 0.09`) is likely. */
const FREE_TEXT_HEADER = /synopsis|description|summary|notes?\b|details|guidance|how\/why|comment/i

/**
 * The column that most likely holds a stray unescaped `|`: among the prose columns (all columns
 * when none is named so), the one with the most text in the rows that match the header.
 */
export function freeTextColumn(headers: string[], rows: TableRow[]): number {
  const named = headers.flatMap((header, index) => (FREE_TEXT_HEADER.test(header) ? [index] : []))
  const candidates = named.length > 0 ? named : headers.map((_, index) => index)
  const totals = new Map<number, number>(candidates.map((index) => [index, 0]))
  for (const row of rows) {
    if (row.cells.length !== headers.length) continue
    for (const index of candidates) totals.set(index, (totals.get(index) ?? 0) + row.cells[index].text.length)
  }
  // Ties (no regular rows at all) go to the last candidate: the guidance column of a plan.
  let best = candidates[candidates.length - 1] ?? 0
  for (const index of candidates) if ((totals.get(index) ?? 0) > (totals.get(best) ?? 0)) best = index
  return best
}

/** The warning for a row whose surplus cells were merged into `absorbHeader`. */
export function surplusCellsMessage(rowLabel: string, line: number, cellCount: number, headerCount: number, absorbHeader: string): string {
  const surplus = cellCount - headerCount
  const pipes = surplus === 1 ? 'an unescaped `|` was' : `${surplus} unescaped \`|\` were`
  return `${rowLabel} (line ${line}) has ${cellCount} cells but the header has ${headerCount}; ${pipes} read as part of ${absorbHeader}`
}

/**
 * Merges the surplus cells of a row split by unescaped `|` (`|δ|`, `|g| 0.09`) back into column
 * `absorb`, so every later cell keeps its header. Rows with at most `headerCount` cells are returned as they are.
 */
export function fitCellsToHeader(docText: string, cells: TableCell[], headerCount: number, absorb: number): TableCell[] {
  const surplus = cells.length - headerCount
  if (surplus <= 0 || headerCount === 0) return cells
  const column = Math.min(Math.max(absorb, 0), headerCount - 1)
  const merged = makeCell(docText, 0, cells[column].start, cells[column + surplus].end)
  return [...cells.slice(0, column), merged, ...cells.slice(column + surplus + 1)]
}
