import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {itemLabel} from '../ledger/item-label.js'
import type {FixPlanItem, FixPlanLedger, ItemState, PlanLedger, RowState} from '../ledger/model.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/fix-plan/working-plan-field.js'
import {fileExists, shownPath} from './locate-ledgers.js'
import {loadFixPlan, loadPlan} from './load-ledgers.js'
import {countRows} from './status/row-counts.js'
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
  /** What kind of answer this is: a row of a plan, or (no working plan to read) the next item of the fix plan. */
  answer: 'plan-row' | 'fix-plan-item'
  /** The plan file read (relative to cwd); null for a fix-plan-item answer. */
  plan: string | null
  /** The fix-plan item whose Working Plan was used, or the item answered with; null when --plan chose the plan. */
  item: string | null
  /** The first open or partial row in file order; null when every row is done, the plan has none, or for a fix-plan-item answer. */
  row: PlanRowView | null
  /** How many rows the plan has: 0 means the plan has no rows at all (not that every row is done); null for a fix-plan-item answer. */
  rowCount: number | null
  /** in_progress items before the answer that were passed over, and why. */
  skipped: SkippedItem[]
  /** The fix-plan-item answer; null for a plan-row answer, and when no item is open (then `itemStates` says what they are). */
  fixPlanItem: NextItemView | null
  /** Only when a fix plan outside the `[ID]` format has no open item: how many items are in each state. */
  itemStates?: Partial<Record<ItemState, number>>
  /** Only when the plan has rows but none open or partial: how many rows are in each state (done, skipped, blocked…). */
  rowStates?: Partial<Record<RowState, number>>
}

/** `fixPlanFile`: a fix plan other than the configured one, whose items' plans are read (cwd-relative). */
export async function nextRow(project: ProjectConfig, planOption?: string, fixPlanFile?: string): Promise<NextResult> {
  if (planOption !== undefined) {
    const plan = planFilesFor(project, planOption)[0]
    return rowAnswer(plan, await loadPlan(project, plan), null, [])
  }
  return nextOfActiveItems(project, fixPlanFile)
}

/**
 * The first in_progress item that has a working plan; items without one are passed over and
 * named. Of the plans its field names, the first with an open or partial row is read, else the
 * first that exists (all done, or no rows), else the first as written (reading it says it is missing).
 * When no in_progress item names a plan (most dialects have no Working Plan), the answer is the fix
 * plan's next item: work already started first, else the first open one.
 */
async function nextOfActiveItems(project: ProjectConfig, file?: string): Promise<NextResult> {
  const fixPlan = (await loadFixPlan(project, {required: true, file}))!
  const path = fixPlan.doc.path
  const active = fixPlan.items.filter((item) => item.state === 'in_progress')
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
      const found = rowAnswer(plan, await loadPlan(project, plan), item.id ?? item.title, skipped)
      if (found.row !== null) return found
      fallback ??= found
    }
    if (fallback) return fallback
    const plan = shownPath(project, plans[0])
    return rowAnswer(plan, await loadPlan(project, plan), item.id ?? item.title, skipped)
  }
  const item = nextOpenItem(fixPlan)
  if (!item && fixPlan.dialect !== 'bracketed-headings' && fixPlan.items.length > 0) {
    // A finished checklist or issue list is an answer, as "all rows done" is for a plan.
    return {answer: 'fix-plan-item', plan: null, item: null, row: null, rowCount: null, skipped, fixPlanItem: null, itemStates: stateCounts(fixPlan)}
  }
  if (!item) {
    // Worded as before the fallback existed (scripts and recorded JSON read it): nothing is in progress, nor open.
    throw new UserError('no fix-plan item has Status: in_progress', {path, hint: 'pass --plan PLAN (a plan file or an initiative ID)'})
  }
  const view = {path, id: item.id, title: item.title, line: item.line, state: item.state, status: item.status}
  // The item answered with is not "passed over", even when it is one of the in_progress items without a plan.
  const passedOver = skipped.filter((entry) => entry.line !== item.line)
  return {answer: 'fix-plan-item', plan: null, item: item.id ?? item.title, row: null, rowCount: null, skipped: passedOver, fixPlanItem: view}
}

function stateCounts(fixPlan: FixPlanLedger): Partial<Record<ItemState, number>> {
  const counts: Partial<Record<ItemState, number>> = {}
  for (const item of fixPlan.items) counts[item.state] = (counts[item.state] ?? 0) + 1
  return counts
}

/** Work already started comes first: the first in_progress or partial item in file order, else the first open one. */
function nextOpenItem(fixPlan: FixPlanLedger): FixPlanItem | undefined {
  const started = fixPlan.items.find((item) => item.state === 'in_progress' || item.state === 'partial')
  return started ?? fixPlan.items.find((item) => item.state === 'open')
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

/** The plan's first open or partial row (the reader returns rows in file order). */
function rowAnswer(plan: string, ledger: PlanLedger, item: string | null, skipped: SkippedItem[]): NextResult {
  const row = ledger.rows.find((candidate) => candidate.state?.state === 'open' || candidate.state?.state === 'partial')
  const answer: NextResult = {answer: 'plan-row', plan, item, row: row ? planRowView(ledger, row) : null, rowCount: ledger.rows.length, skipped, fixPlanItem: null}
  if (row || ledger.rows.length === 0) return answer
  return {...answer, rowStates: rowStateCounts(ledger)}
}

/** How many rows are in each state, in a fixed order; states no row has are left out. */
function rowStateCounts(ledger: PlanLedger): Partial<Record<RowState, number>> {
  const counts = countRows(ledger.rows)
  return Object.fromEntries(SETTLED_ORDER.filter((state) => counts[state] > 0).map((state) => [state, counts[state]]))
}

// Asked only when no row is open or partial: those would have been the answer.
const SETTLED_ORDER: readonly RowState[] = ['done', 'skipped', 'blocked', 'unknown']
