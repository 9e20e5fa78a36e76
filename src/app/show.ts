import type {ProjectConfig} from '../config/project-config.js'
import type {AttemptEntry, Dialect, Finding, FindingsLedger, FixPlanItem, FixPlanLedger, ItemState} from '../ledger/model.js'
import {UserError} from '../errors.js'
import {isAttemptsHistoryKey} from '../ledger/fix-plan/attempt-history.js'
import {fieldBody} from '../ledger/fix-plan/field-body.js'
import {findById} from '../ledger/query.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/fix-plan/working-plan-field.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {loadAllLedgers, loadLedgerAt} from './load-ledgers.js'
import {findPlanRow, splitPlanRow} from './plan-row-target.js'
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
  /** `body`: the whole field, continuation lines included (the Attempts History field: its value only; entries are in `attempts`). */
  fields: Array<{key: string; value: string; line: number; body: string}>
  attempts: AttemptView[]
  /** Every plan the working-plan field (`Working Plan:` or an alias) names, in order. */
  workingPlans: string[]
}

/** `show` without an ID: the fix plan's own history, outside every `[ID]` item (`## Attempts History`). */
export interface FixPlanHistoryView {
  kind: 'fix-plan-history'
  path: string
  /** Line of the history heading (or bare line); null when the file has none. */
  line: number | null
  attempts: AttemptView[]
}

export interface FindingView {
  kind: 'finding'
  path: string
  line: number
  id: string
  columns: Record<string, string>
}

export type ShowResult = FixPlanItemView | PlanRowView | FindingView | FixPlanHistoryView

export interface ShowRequest {
  /** An item, row or finding ID, or `PLAN:ROW`; absent for the file-level history. */
  id?: string
  /** Look only in this file (relative to cwd). */
  file?: string
}

export async function showEntry(project: ProjectConfig, request: ShowRequest): Promise<ShowResult> {
  if (request.id === undefined) return fileHistoryView(project, request.file)
  const planRow = splitPlanRow(request.id, 'PLAN is a plan file or an initiative ID; ROW a row ID')
  if (planRow) {
    if (request.file !== undefined) throw new UserError('--file names a ledger; PLAN:ROW names its plan itself', {hint: 'drop --file'})
    const {loaded, row} = await findPlanRow(project, planRow.plan, planRow.row, 'show')
    return planRowView(loaded.plan, row)
  }
  const ledgers = request.file === undefined ? await loadAllLedgers(project) : await loadLedgerAt(project, request.file)
  const hit = findById(ledgers, request.id)
  if (hit.kind === 'fix-plan-item') return fixPlanItemView(hit.ledger, hit.item, project.config.fieldAliases[WORKING_PLAN_KEY])
  if (hit.kind === 'plan-row') return planRowView(hit.ledger, hit.row)
  return findingView(hit.ledger, hit.finding)
}

function fixPlanItemView(ledger: FixPlanLedger, item: FixPlanItem, workingPlanAliases: readonly string[]): FixPlanItemView {
  return {
    kind: 'fix-plan-item',
    path: ledger.doc.path,
    line: item.line,
    id: item.id,
    title: item.title,
    dialect: ledger.dialect,
    state: item.state,
    status: item.status,
    fields: item.fields.map((field) => ({
      key: field.key,
      value: field.value,
      line: field.line,
      body: isAttemptsHistoryKey(field.key) ? field.value : fieldBody(ledger.doc, field),
    })),
    attempts: (item.attempts?.entries ?? []).map(attemptView),
    workingPlans: workingPlanField(item, workingPlanAliases)?.paths ?? [],
  }
}

export function attemptView(entry: AttemptEntry): AttemptView {
  return {number: entry.number ?? null, date: entry.date ?? null, label: entry.label ?? null, text: entry.text, line: entry.line}
}

async function fileHistoryView(project: ProjectConfig, file: string | undefined): Promise<FixPlanHistoryView> {
  const {ledger} = await readEditableFixPlan(project, file)
  const history = ledger.attempts
  return {kind: 'fix-plan-history', path: ledger.doc.path, line: history?.line ?? null, attempts: (history?.entries ?? []).map(attemptView)}
}

function findingView(ledger: FindingsLedger, finding: Finding): FindingView {
  return {kind: 'finding', path: ledger.doc.path, line: finding.line, id: finding.id, columns: {...finding.columns}}
}
