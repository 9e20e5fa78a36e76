import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {planAddPlanRow, type NewPlanRow} from '../edit/add-plan-row.js'
import {requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {isTableRowId} from '../ledger/plan/row-id.js'
import {shownInput} from '../shown-input.js'
import type {PlannedChange} from './apply-change.js'
import {plannedChange} from './editable-ledger.js'
import {loadPlans} from './load-plans.js'

export interface PlanAddRowInput extends Omit<NewPlanRow, 'task'> {
  plan: string
  /** Required: absent or blank is an error. */
  task?: string
}

export interface PlanAddRowOutcome {
  change: PlannedChange
  path: string
  id: string
  /** 1-based line of the new row. */
  line: number
  text: string
  phase?: string
}

/**
 * Plans one new open row. PLAN resolves like `tick`; the row goes into the first plan file, or,
 * with --after, into the file holding that row. A row ID used in any of the files is refused.
 */
export async function planPlanAddRow(project: ProjectConfig, input: PlanAddRowInput): Promise<PlanAddRowOutcome> {
  requireOneLineValues({'ROW-ID': input.id, '--task': input.task, '--after': input.after, '--phase': input.phase})
  if (!isTableRowId(input.id) || /[|,]/.test(input.id)) throw new UserError(`Unexpected row ID \`${shownInput(input.id)}\``, {hint: 'one token such as D1.D or A4'})
  if (input.after !== undefined && input.phase !== undefined) throw new UserError('--after names the place already; it cannot be combined with --phase', {hint: 'drop --phase'})
  const task = input.task?.trim() ?? ''
  if (task === '') throw new UserError(`No --task for ${shownInput(input.id)}`, {hint: 'say in one line what the row is for: --task "…"'})
  const plans = await loadPlans(project, input.plan)
  for (const loaded of plans) {
    const taken = loaded.plan.rows.find((row) => row.id?.toLowerCase() === input.id.toLowerCase())
    if (taken) throw new UserError(`Row ${taken.id} already exists in ${loaded.doc.path} (line ${taken.line})`, {path: loaded.doc.path, line: taken.line, hint: 'pick an unused row ID'})
  }
  const after = input.after
  const target = (after !== undefined && plans.find((loaded) => loaded.plan.rows.some((row) => row.id?.toLowerCase() === after.toLowerCase()))) || plans[0]
  const plan = planAddPlanRow(target.plan, target.scan, {id: input.id, task, after: input.after, phase: input.phase})
  return {
    change: plannedChange(target, applyEdits(target.doc.text, plan.edits)),
    path: target.doc.path,
    id: input.id,
    line: plan.line,
    text: plan.text,
    ...(plan.phase !== undefined && {phase: plan.phase}),
  }
}
