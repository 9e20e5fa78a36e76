import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import type {PlanRow} from '../ledger/model.js'
import {planRowById} from '../ledger/plan/plan-row-by-id.js'
import {shownInput} from '../shown-input.js'
import {loadPlans, resolveSpec, type LoadedPlan} from './load-plans.js'

/** `PLAN:ROW` split at its last colon (plan paths and initiative IDs hold none); undefined without a colon. */
export function splitPlanRow(target: string, hint: string): {plan: string; row: string} | undefined {
  const colon = target.lastIndexOf(':')
  if (colon === -1) return undefined
  const plan = target.slice(0, colon).trim()
  const row = target.slice(colon + 1).trim()
  if (plan === '' || row === '') {
    throw new UserError(`Unexpected target \`${shownInput(target)}\`, expected PLAN:ROW such as TEST-PYTORCH-001:D2`, {hint})
  }
  return {plan, row}
}

/** The one row ROW names in the plan files PLAN names (as `tick` resolves them); a range, or an ID two rows carry, is refused. */
export async function findPlanRow(project: ProjectConfig, plan: string, rowSpec: string, verb: string): Promise<{loaded: LoadedPlan; row: PlanRow}> {
  const [loaded, rows] = resolveSpec(await loadPlans(project, plan), rowSpec)
  if (rows.length !== 1) throw new UserError(`\`${shownInput(rowSpec)}\` names ${rows.length} rows (${rows.join(', ')}); ${verb} one row at a time`)
  return {loaded, row: planRowById(loaded.plan, rows[0])}
}
