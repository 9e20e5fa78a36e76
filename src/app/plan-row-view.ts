import type {PlanLedger, PlanRow, RowState} from '../ledger/model.js'

/** A plan row as `show` and `next` report it (the JSON shape in docs/json-output.md). */
export interface PlanRowView {
  kind: 'plan-row'
  path: string
  line: number
  id: string | null
  phase: string | null
  state: RowState | null
  /** What stands between the brackets, e.g. ` `, `x`, `P`. */
  marker: string | null
  /** The task text: the checklist item text, or the first table cell that is not ID/state/guidance. */
  text: string | null
  /** Table rows: cell text by header name (first column wins on a repeated header). */
  cells: Record<string, string>
}

export function planRowView(plan: PlanLedger, row: PlanRow): PlanRowView {
  const cells: Record<string, string> = {}
  row.cells.forEach((cell, index) => {
    const header = cell.header.trim() || `Column ${index + 1}`
    if (!(header in cells)) cells[header] = cell.text
  })
  return {
    kind: 'plan-row',
    path: plan.doc.path,
    line: row.line,
    id: row.id ?? null,
    phase: row.phase ?? null,
    state: row.state?.state ?? null,
    marker: row.state?.marker ?? null,
    text: row.kind === 'checklist' ? (row.text ?? null) : taskCellText(plan, row),
    cells,
  }
}

function taskCellText(plan: PlanLedger, row: PlanRow): string | null {
  const columns = row.table === undefined ? undefined : plan.tables[row.table]?.columns
  if (!columns) return null
  const taken = new Set([columns.id, columns.state, columns.guidance])
  const index = row.cells.findIndex((_, at) => !taken.has(at))
  return index === -1 ? null : row.cells[index].text
}
