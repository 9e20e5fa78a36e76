import type {ProjectConfig} from '../config/project-config.js'
import type {AttemptEntry, Finding, FindingsLedger, FixPlanItem, FixPlanLedger, Dialect, ItemState} from '../ledger/model.js'
import {findById} from '../ledger/query.js'
import {loadAllLedgers, loadLedgerAt} from './load-ledgers.js'
import {planRowView, type PlanRowView} from './plan-row-view.js'

export interface AttemptView {
  number: number | null
  /** Date or timestamp exactly as written. */
  date: string | null
  label: string | null
  /** The entry's first line, after its prefix. */
  text: string
  line: number
}

export interface FixPlanItemView {
  kind: 'fix-plan-item'
  path: string
  line: number
  /** Null when the item has no ID (its title names it). */
  id: string | null
  title: string
  /** How the fix plan writes its items. */
  dialect: Dialect
  state: ItemState
  status: string | null
  fields: Array<{key: string; value: string; line: number}>
  attempts: AttemptView[]
}

export interface FindingView {
  kind: 'finding'
  path: string
  line: number
  id: string
  columns: Record<string, string>
}

export type ShowResult = FixPlanItemView | PlanRowView | FindingView

export interface ShowRequest {
  id: string
  /** Look only in this file (relative to cwd). */
  file?: string
}

export async function showEntry(project: ProjectConfig, request: ShowRequest): Promise<ShowResult> {
  const ledgers = request.file === undefined ? await loadAllLedgers(project) : await loadLedgerAt(project, request.file)
  const hit = findById(ledgers, request.id)
  if (hit.kind === 'fix-plan-item') return fixPlanItemView(hit.ledger, hit.item)
  if (hit.kind === 'plan-row') return planRowView(hit.ledger, hit.row)
  return findingView(hit.ledger, hit.finding)
}

export function fixPlanItemView(ledger: FixPlanLedger, item: FixPlanItem): FixPlanItemView {
  return {
    kind: 'fix-plan-item',
    path: ledger.doc.path,
    line: item.line,
    id: item.id,
    title: item.title,
    dialect: ledger.dialect,
    state: item.state,
    status: item.status,
    fields: item.fields.map((field) => ({key: field.key, value: field.value, line: field.line})),
    attempts: (item.attempts?.entries ?? []).map(attemptView),
  }
}

export function attemptView(entry: AttemptEntry): AttemptView {
  return {number: entry.number ?? null, date: entry.date ?? null, label: entry.label ?? null, text: entry.text, line: entry.line}
}

function findingView(ledger: FindingsLedger, finding: Finding): FindingView {
  return {kind: 'finding', path: ledger.doc.path, line: finding.line, id: finding.id, columns: {...finding.columns}}
}
