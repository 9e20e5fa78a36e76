import type {LedgerDocument} from '../document.js'
import {fitCellsToHeader, freeTextColumn, surplusCellsMessage} from '../fit-cells.js'
import {headerKey, headerName} from '../header-name.js'
import type {LedgerWarning, PlanColumnMap, PlanRow, PlanTable} from '../model.js'
import {isTableRowId, stripIdMarkup} from './row-id.js'
import type {TableBlock} from '../scan.js'
import {BUILT_IN_VOCABULARY, findCellStateMarker, missingMarkerMessage, unexpectedMarkerMessage, type StateVocabulary} from './state-marker.js'
import type {TableCell} from '../table-cells.js'

/** Columns by name: `ID`, the first `State…`/`Status…` column, and the last column as guidance. */
export function planColumnsOf(headers: string[]): PlanColumnMap | undefined {
  const keys = headers.map((header) => headerKey(header))
  const id = keys.findIndex((key) => key.replace(/\s+/g, '') === 'id')
  if (id === -1) return undefined
  const stateIndex = keys.findIndex((key) => /^(state|status)\b/.test(key))
  const state = stateIndex === -1 ? undefined : stateIndex
  const last = headers.length - 1
  return {id, state, guidance: last !== id && last !== state ? last : namedGuidanceColumn(keys)}
}

/** When ID or state is the last column, a column still named like guidance (`Notes`, `How/Why`) takes its place. */
function namedGuidanceColumn(keys: string[]): number | undefined {
  for (let index = keys.length - 1; index >= 0; index--) if (/guidance|how\/why|notes?\b|evidence/.test(keys[index])) return index
  return undefined
}

/** A table with an `ID` column as a PlanTable, or undefined when it is not a task table. */
export function planTableOf(block: TableBlock): PlanTable | undefined {
  const headers = block.header.cells.map((cell) => headerName(cell.text))
  const columns = planColumnsOf(headers)
  if (!columns) return undefined
  return {headerLine: block.startLine + 1, headers, hasDelimiter: block.delimiterLine !== undefined, columns}
}

/** The task rows of a plan table; section dividers are skipped, rows without an ID skipped with a warning. */
export function readPlanTableRows(
  doc: LedgerDocument,
  block: TableBlock,
  table: PlanTable,
  tableIndex: number,
  warnings: LedgerWarning[],
  vocabulary = BUILT_IN_VOCABULARY,
): PlanRow[] {
  const {headers, columns} = table
  const warn = (line: number, message: string) => warnings.push({path: doc.path, line, message})
  if (columns.state === undefined) warn(table.headerLine, `Task table at line ${table.headerLine} has no State/Status column; its rows have no state`)
  const absorb = freeTextColumn(headers, block.rows)
  const rows: PlanRow[] = []
  for (const tableRow of block.rows) {
    const line = tableRow.line + 1
    if (isSectionDivider(tableRow.cells, columns.id)) continue
    const cells = fitCellsToHeader(doc.text, tableRow.cells, headers.length, absorb)
    const id = stripIdMarkup(cells[columns.id]?.text ?? '')
    if (!isTableRowId(id)) {
      warn(line, `Row at line ${line} has no ID in column ${headers[columns.id]}; it is not read as a task`)
      continue
    }
    if (cells !== tableRow.cells) warn(line, surplusCellsMessage(`Row ${id}`, line, tableRow.cells.length, headers.length, headers[absorb]))
    const docLine = doc.lines[tableRow.line]
    const row: PlanRow = {
      kind: 'table',
      id,
      line,
      span: {start: docLine.start, end: docLine.end},
      cells: cells.map((cell, index) => ({...cell, header: headers[index] ?? ''})),
      table: tableIndex,
    }
    if (columns.state !== undefined) readStateCell(row, cells[columns.state], headers[columns.state], warn, vocabulary)
    rows.push(row)
  }
  return rows
}

function readStateCell(row: PlanRow, cell: TableCell | undefined, header: string, warn: (line: number, message: string) => void, vocabulary: StateVocabulary): void {
  const where = `${header} cell of ${row.id}`
  const state = cell ? findCellStateMarker(cell.text, cell.contentStart, vocabulary) : undefined
  if (!state) {
    warn(row.line, missingMarkerMessage(where, row.line, vocabulary))
    return
  }
  row.state = state
  if (state.state === 'unknown') warn(row.line, unexpectedMarkerMessage(state.marker, where, row.line, vocabulary))
}

/** `| **Section 0: Preparation**` or an all-blank row: text, if any, only in the first or ID cell, and not an ID. */
function isSectionDivider(cells: TableCell[], idColumn: number): boolean {
  const filled = cells.filter((cell) => cell.text !== '')
  if (filled.length === 0) return true
  const onlyLabel = filled.length === 1 && (filled[0] === cells[0] || filled[0] === cells[idColumn])
  return onlyLabel && !isTableRowId(stripIdMarkup(filled[0].text))
}
