import type {PlanLedger, PlanRow, Span} from '../../ledger/model.js'

/**
 * Where a row records its evidence: a table row's guidance cell, a checklist item's own text (all its lines).
 * Undefined for a table without a guidance column (nothing to check there).
 */
export function evidenceSpanOf(plan: PlanLedger, row: PlanRow): Span | undefined {
  // A wrapped item's text runs on to its last continuation line, where tick appends evidence.
  if (row.kind === 'checklist') return row.textSpan && {start: row.textSpan.start, end: row.paragraphEnd ?? row.textSpan.end}
  const guidance = row.table === undefined ? undefined : plan.tables[row.table]?.columns.guidance
  const cell = guidance === undefined ? undefined : row.cells[guidance]
  return cell && {start: cell.contentStart, end: cell.contentEnd}
}

/** How a message names a row: its ID, else the start of its checklist text. */
export function rowName(row: PlanRow): string {
  if (row.id !== undefined) return `\`${row.id}\``
  const text = (row.text ?? '').replace(/\*\*/g, '').trim()
  return `\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``
}

export function isDone(row: PlanRow): boolean {
  return row.state?.state === 'done'
}

export function isOpen(row: PlanRow): boolean {
  return row.state?.state === 'open' || row.state?.state === 'partial'
}
