import {UserError} from '../errors.js'
import type {PlanLedger, PlanRow} from '../ledger/model.js'
import {planRowById} from '../ledger/plan/plan-row-by-id.js'
import {stateOfMarker} from '../ledger/plan/state-marker.js'
import {asTableCellText, evidenceStyleOf, formatEvidence, type Evidence} from './evidence-style.js'
import {requireOneLine} from './one-line-value.js'
import {markerFor} from './state-markers.js'
import type {TextEdit} from './text-edit.js'

export interface TickRequest {
  ids: readonly string[]
  /** Rows already found some other way (`--match` on backlogs without IDs). */
  rows?: readonly PlanRow[]
  /** `done`, `partial`, `open`, `blocked`, `skipped`, or a raw marker. */
  state: string
  evidence: Evidence
}

export interface RowChange {
  /** Null for a checklist item without an ID token. */
  id: string | null
  line: number
  from?: string
  to: string
  evidence: string
}

export interface TickPlan {
  edits: TextEdit[]
  changed: RowChange[]
  /** Rows already in the target state with nothing to add: their ID, or `line N`. */
  unchanged: string[]
}

/** Edits that set each row's state marker and append evidence to its guidance cell (or item text). */
export function planTick(plan: PlanLedger, request: TickRequest): TickPlan {
  const marker = markerFor(request.state, plan.rows)
  // Reopening or skipping records the note but claims no completion; earlier evidence stays, as history.
  const completes = request.state !== 'skipped' && !['open', 'skipped'].includes(stateOfMarker(marker))
  const evidenceText = formatEvidence(evidenceStyleOf(plan), request.evidence, completes)
  const result: TickPlan = {edits: [], changed: [], unchanged: []}
  const byId = request.ids.map((id) => planRowById(plan, id))
  for (const row of [...byId, ...(request.rows ?? [])]) {
    const rowEdits = editsForRow(plan, row, marker, evidenceText, request.evidence.note)
    if (rowEdits.length === 0) {
      result.unchanged.push(row.id ?? `line ${row.line}`)
      continue
    }
    result.edits.push(...rowEdits)
    result.changed.push({id: row.id ?? null, line: row.line, from: row.state?.marker, to: marker, evidence: evidenceText})
  }
  return result
}

function editsForRow(plan: PlanLedger, row: PlanRow, marker: string, evidenceText: string, note: string | undefined): TextEdit[] {
  const edits: TextEdit[] = []
  if (!row.state) {
    throw new UserError(`${rowName(row)} has no state marker to change`, {hint: 'add `[ ]` to its State cell first'})
  }
  if (row.state.marker !== marker) edits.push({start: row.state.span.start, end: row.state.span.end, text: `[${marker}]`})
  if (evidenceText === '') return edits
  if (row.kind === 'checklist') {
    // Only a table cell has a way to show a line break (`<br>`); here it would end the item.
    requireOneLine(note ?? '', '--note', {lineBreakHint: `${rowName(row)} is a checklist item, not a table cell; give the note on one line`})
    const end = row.paragraphEnd ?? row.textSpan?.end ?? row.span.end
    edits.push({start: end, end, text: ' ' + evidenceText})
    return edits
  }
  const guidanceColumn = plan.tables[row.table ?? -1]?.columns.guidance
  const cell = guidanceColumn === undefined ? undefined : row.cells[guidanceColumn]
  if (!cell || guidanceColumn === plan.tables[row.table!].columns.state) {
    throw new UserError(`${rowName(row)} has no guidance cell to record evidence in`)
  }
  const text = asTableCellText(evidenceText)
  // An empty cell gets the evidence padded like its neighbours; otherwise it follows the guidance.
  if (cell.contentStart === cell.contentEnd) edits.push({start: cell.start, end: cell.end, text: ` ${text} `})
  else edits.push({start: cell.contentEnd, end: cell.contentEnd, text: ' ' + text})
  return edits
}

function rowName(row: PlanRow): string {
  return row.id ? `Row ${row.id} (line ${row.line})` : `The item on line ${row.line}`
}
