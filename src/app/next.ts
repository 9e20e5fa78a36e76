import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {itemLabel} from '../ledger/item-label.js'
import type {PlanLedger} from '../ledger/model.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/fix-plan/working-plan-field.js'
import {fileExists, shownPath} from './locate-ledgers.js'
import {loadFixPlan, loadPlan} from './load-ledgers.js'
import {planFilesFor} from './plan-files.js'
import {planRowView, type PlanRowView} from './plan-row-view.js'

export interface SkippedItem {
  /** The in_progress item passed over. */
  item: string
  /** How messages name it: `[ID]`, `ID`, or its quoted title. */
  label: string
  line: number
  reason: 'no working plan'
}

export interface NextResult {
  /** The plan file read (relative to cwd). */
  plan: string
  /** The fix-plan item whose Working Plan was used; null when --plan chose the plan. */
  item: string | null
  /** The first open or partial row in file order; null when every row is done or the plan has none. */
  row: PlanRowView | null
  /** How many rows the plan has: 0 tells "no rows" from "all rows done". */
  rowCount: number
  /** in_progress items before the chosen one that were passed over, and why. */
  skipped: SkippedItem[]
}

export async function nextRow(project: ProjectConfig, planOption?: string): Promise<NextResult> {
  if (planOption !== undefined) {
    const plan = planFilesFor(project, planOption)[0]
    return {...firstOpen(plan, await loadPlan(project, plan)), item: null, skipped: []}
  }
  return nextOfActiveItems(project)
}

/**
 * The first in_progress item that has a working plan; items without one are passed over and
 * named. Of the plans its field names, the first with an open or partial row is read, else the
 * first that exists (all done, or no rows), else the first as written (reading it says it is missing).
 */
async function nextOfActiveItems(project: ProjectConfig): Promise<NextResult> {
  const fixPlan = (await loadFixPlan(project, {required: true}))!
  const path = fixPlan.doc.path
  const active = fixPlan.items.filter((item) => item.state === 'in_progress')
  if (active.length === 0) {
    throw new UserError('no fix-plan item has Status: in_progress', {path, hint: 'pass --plan PLAN (a plan file or an initiative ID)'})
  }
  const skipped: SkippedItem[] = []
  for (const item of active) {
    const plans = workingPlanField(item, project.config.fieldAliases[WORKING_PLAN_KEY])?.paths ?? []
    if (plans.length === 0) {
      skipped.push({item: item.id ?? item.title, label: itemLabel(item, fixPlan.dialect), line: item.line, reason: 'no working plan'})
      continue
    }
    let fallback: NextResult | undefined
    for (const written of plans) {
      const plan = await existingPlan(project, written)
      if (plan === undefined) continue
      const found = {...firstOpen(plan, await loadPlan(project, plan)), item: item.id ?? item.title, skipped}
      if (found.row !== null) return found
      fallback ??= found
    }
    if (fallback) return fallback
    const plan = shownPath(project, plans[0])
    return {...firstOpen(plan, await loadPlan(project, plan)), item: item.id ?? item.title, skipped}
  }
  const names = skipped.map((entry) => entry.label).join(', ')
  throw new UserError(`no in_progress item has a Working Plan (${names})`, {
    path,
    line: skipped[0].line,
    hint: 'add "- Working Plan: `plans/...`" to the item, or pass --plan PLAN',
  })
}

/**
 * The plan file a working-plan value names, when it exists: a path (file or initiative folder), or a
 * bare initiative ID in either layout (`plans/active/<ID>/` or `plans/active/<ID>.md`).
 */
async function existingPlan(project: ProjectConfig, written: string): Promise<string | undefined> {
  if (/[\\/]|\.md$/i.test(written)) {
    if (!(await fileExists(project, written))) return undefined
    return planFilesFor(project, shownPath(project, written))[0]
  }
  try {
    return planFilesFor(project, written)[0]
  } catch (error) {
    if (error instanceof UserError) return undefined
    throw error
  }
}

/** The reader returns rows in file order. */
function firstOpen(plan: string, ledger: PlanLedger): {plan: string; row: PlanRowView | null; rowCount: number} {
  const row = ledger.rows.find((candidate) => candidate.state?.state === 'open' || candidate.state?.state === 'partial')
  return {plan, row: row ? planRowView(ledger, row) : null, rowCount: ledger.rows.length}
}
