import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {findField, workingPlanPath} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger, ItemState} from '../ledger/model.js'
import {shownPath} from './locate-ledgers.js'
import {loadFixPlan, loadPlan} from './load-ledgers.js'
import {planFilesFor} from './plan-files.js'
import {planRowView, type PlanRowView} from './plan-row-view.js'

/** The fix-plan item `next` answers with when there is no working plan to take a row from. */
export interface NextItemView {
  path: string
  id: string | null
  title: string
  line: number
  state: ItemState
  status: string | null
}

export interface NextResult {
  /** What kind of answer this is: a row of a plan, or (no working plan) the next item of the fix plan. */
  answer: 'plan-row' | 'fix-plan-item'
  /** The plan file read (relative to cwd); null for a fix-plan-item answer. */
  plan: string | null
  /** The fix-plan item whose Working Plan was used, or the item answered with; null when --plan chose the plan. */
  item: string | null
  /** The first open or partial row in file order; null when every row is done, or for a fix-plan-item answer. */
  row: PlanRowView | null
  /** The fix-plan-item answer; null for a plan-row answer. */
  fixPlanItem: NextItemView | null
}

export async function nextRow(project: ProjectConfig, planOption?: string): Promise<NextResult> {
  if (planOption !== undefined) return rowOf(project, planFilesFor(project, planOption)[0], null)
  const fixPlan = (await loadFixPlan(project, {required: true}))!
  const active = workingPlanOfActiveItem(project, fixPlan)
  if (active) return rowOf(project, active.plan, active.item)
  const item = nextOpenItem(fixPlan)
  if (!item) {
    // Worded as before the fallback existed (scripts and recorded JSON read it): nothing is in progress, nor open.
    throw new UserError('no fix-plan item has Status: in_progress', {path: fixPlan.doc.path, hint: 'pass --plan PLAN (a plan file or an initiative ID)'})
  }
  const name = item.id ?? item.title
  const view = {path: fixPlan.doc.path, id: item.id, title: item.title, line: item.line, state: item.state, status: item.status}
  return {answer: 'fix-plan-item', plan: null, item: name, row: null, fixPlanItem: view}
}

async function rowOf(project: ProjectConfig, plan: string, item: string | null): Promise<NextResult> {
  const ledger = await loadPlan(project, plan)
  // The reader returns rows in file order.
  const row = ledger.rows.find((candidate) => candidate.state?.state === 'open' || candidate.state?.state === 'partial')
  return {answer: 'plan-row', plan, item, row: row ? planRowView(ledger, row) : null, fixPlanItem: null}
}

/** The `Working Plan:` of the first item whose Status is `in_progress`; undefined when there is no such item or it has none. */
function workingPlanOfActiveItem(project: ProjectConfig, fixPlan: FixPlanLedger): {plan: string; item: string} | undefined {
  const isActive = (status = ''): boolean => /^in[_ ]progress\b/i.test(status)
  const item = fixPlan.items.find((candidate) => isActive(findField(candidate, 'Status')?.value))
  const field = item && findField(item, 'Working Plan')
  const plan = field && workingPlanPath(field.value)
  if (!item || !plan) return undefined
  // The Working Plan may name the file, the initiative's folder, or just the initiative (either layout).
  const named = /[\\/]|\.md$/i.test(plan) ? shownPath(project, plan) : plan
  return {plan: planFilesFor(project, named)[0], item: item.id ?? item.title}
}

/** Work already started comes first: the first in_progress or partial item in file order, else the first open one. */
function nextOpenItem(fixPlan: FixPlanLedger): FixPlanItem | undefined {
  const started = fixPlan.items.find((item) => item.state === 'in_progress' || item.state === 'partial')
  return started ?? fixPlan.items.find((item) => item.state === 'open')
}
