import type {TableRow} from '../ledger/scan.js'

/**
 * A new table row in the style of `model` (a row of the same table, or its header): its
 * indentation, outer pipes (or none), and space padding inside pipes (or none). `widths`, for a
 * table whose columns are aligned, pads each cell's text to its column's width.
 */
export function formatTableRow(modelText: string, model: TableRow, cells: string[], widths?: readonly number[]): string {
  const indent = /^[ \t]*/.exec(modelText)![0]
  const leading = modelText.slice(indent.length).startsWith('|')
  const trailing = /(?<!\\)\|[ \t]*$/.test(modelText)
  // The first cell of a row without a leading pipe starts at the text: it says nothing about padding.
  const padded = model.cells.some((cell, index) => (index > 0 || leading) && cell.contentStart > cell.start)
  const pad = padded ? ' ' : ''
  const inner = cells.map((cell, index) => {
    const last = index === cells.length - 1
    // A cell ending in a backslash right before its pipe would escape that pipe: a space keeps them apart.
    const safe = pad === '' && /\\$/.test(cell) && !(last && !trailing) ? `${cell} ` : cell
    const text = widths && !(last && !trailing) ? safe.padEnd((widths[index] ?? 0) - pad.length) : safe
    return `${index === 0 && !leading ? '' : pad}${text}${last && !trailing ? '' : pad}`
  })
  return `${indent}${leading ? '|' : ''}${inner.join('|')}${trailing ? '|' : ''}`
}

/**
 * Each column's width from its text to the closing pipe (its trailing padding included) when every
 * given row pads its cells to the same raw width (an aligned table, as formatters write it);
 * undefined when the table is not aligned.
 */
export function alignedWidths(rows: readonly TableRow[]): number[] | undefined {
  if (rows.length < 2) return undefined
  const raw = (row: TableRow) => row.cells.map((cell) => cell.end - cell.start)
  const first = raw(rows[0])
  const aligned = rows.every((row) => {
    const widths = raw(row)
    return widths.length === first.length && widths.every((width, index) => width === first[index])
  })
  if (!aligned) return undefined
  return first.map((_, index) => Math.max(...rows.map((row) => row.cells[index].end - row.cells[index].contentStart)))
}
