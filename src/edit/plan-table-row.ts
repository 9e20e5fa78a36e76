import {headerKey} from '../ledger/header-name.js'
import type {PlanLedger, PlanRow} from '../ledger/model.js'
import type {TableBlock} from '../ledger/scan.js'
import {asTableCellText} from './evidence-style.js'
import {alignedWidths, formatTableRow} from './table-row-format.js'

// The column a task's description goes in, by header name (the first that matches).
const TASK_HEADER = /task|description|title|summary|item|step|deliverable|what|work/

/**
 * A new open row of a task table: ID, `[ ]` (in backticks when the model row writes its state so),
 * the task under the task column (else the guidance column), every other cell empty; padded like
 * `model` (the row it follows, else the header).
 */
export function planTableRowText(plan: PlanLedger, block: TableBlock, model: PlanRow | undefined, row: {id: string; task: string}): string {
  const table = plan.tables.find((candidate) => candidate.headerLine === block.startLine + 1)!
  const {id, state, guidance} = table.columns
  const keys = table.headers.map(headerKey)
  const free = keys.map((_, index) => index).filter((index) => index !== id && index !== state)
  const task = free.find((index) => TASK_HEADER.test(keys[index]) && index !== guidance) ?? free.find((index) => index !== guidance) ?? guidance
  const open = model?.state?.backticked ? '`[ ]`' : '[ ]'
  const cells = table.headers.map((_, index) => {
    if (index === id) return row.id
    if (index === state) return open
    if (index === task) return asTableCellText(row.task.trim())
    return ''
  })
  const modelRow = (model && block.rows.find((candidate) => candidate.line === model.line - 1)) ?? block.header
  const widths = alignedWidths([block.header, ...block.rows])
  return formatTableRow(plan.doc.lines[modelRow.line].text, modelRow, cells, widths)
}
