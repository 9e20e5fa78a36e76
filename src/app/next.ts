import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {findField, workingPlanPath} from '../ledger/fix-plan/item-fields.js'
import {itemLabel} from '../ledger/item-label.js'
import {shownPath} from './locate-ledgers.js'
import {loadFixPlan, loadPlan} from './load-ledgers.js'
import {planFilesFor} from './plan-files.js'
import {planRowView, type PlanRowView} from './plan-row-view.js'

export interface NextResult {
  /** The plan file read (relative to cwd). */
  plan: string
  /** The fix-plan item whose Working Plan was used; null when --plan chose the plan. */
  item: string | null
  /** The first open or partial row in file order; null when every row is done. */
  row: PlanRowView | null
}

export async function nextRow(project: ProjectConfig, planOption?: string): Promise<NextResult> {
  const {plan, item} =
    planOption === undefined ? await planOfActiveItem(project) : {plan: planFilesFor(project, planOption)[0], item: null}
  const ledger = await loadPlan(project, plan)
  // The reader returns rows in file order.
  const row = ledger.rows.find((candidate) => candidate.state?.state === 'open' || candidate.state?.state === 'partial')
  return {plan, item, row: row ? planRowView(ledger, row) : null}
}

/** The `Working Plan:` of the first item whose Status is `in_progress`. */
async function planOfActiveItem(project: ProjectConfig): Promise<{plan: string; item: string}> {
  const fixPlan = (await loadFixPlan(project, {required: true}))!
  const path = fixPlan.doc.path
  const isActive = (status = ''): boolean => /^in[_ ]progress\b/i.test(status)
  const item = fixPlan.items.find((candidate) => isActive(findField(candidate, 'Status')?.value))
  if (!item) {
    throw new UserError('no fix-plan item has Status: in_progress', {path, hint: 'pass --plan PLAN (a plan file or an initiative ID)'})
  }
  const field = findField(item, 'Working Plan')
  const plan = field && workingPlanPath(field.value)
  if (!plan) {
    throw new UserError(`${itemLabel(item, fixPlan.dialect)} is in_progress but has no Working Plan`, {
      path,
      line: field?.line ?? item.line,
      hint: 'add "- Working Plan: `plans/...`" to the item, or pass --plan PLAN',
    })
  }
  // The Working Plan may name the file, the initiative's folder, or just the initiative (either layout).
  const named = /[\\/]|\.md$/i.test(plan) ? shownPath(project, plan) : plan
  return {plan: planFilesFor(project, named)[0], item: item.id ?? item.title}
}
