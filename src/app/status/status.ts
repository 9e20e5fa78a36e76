import type {ProjectConfig} from '../../config/project-config.js'
import {WORKING_PLAN_KEY} from '../../ledger/fix-plan/working-plan-field.js'
import {findPlanFiles, loadFixPlan, loadPlan} from '../load-ledgers.js'
import {fixPlanBoard, type FixPlanBoard} from './item-board.js'
import {readJournals, type JournalStatus} from './journal-status.js'
import {initiativesOf, type InitiativeProgress} from './plan-progress.js'

export interface StatusResult {
  initiatives: InitiativeProgress[]
  /** Null when the project has no fix plan. */
  fixPlan: FixPlanBoard | null
  /** Attempts after which a not-done item counts as stuck (`stuckAfter`, default 5). */
  stuckAfter: number
  journals: JournalStatus[]
}

/** The board at a glance: plan progress per initiative, fix-plan items by state, stuck items, newest journal entry. Reads only. */
/** `fixPlanFile`: a fix plan other than the configured one (cwd-relative). */
export async function projectStatus(project: ProjectConfig, fixPlanFile?: string): Promise<StatusResult> {
  const planPaths = await findPlanFiles(project)
  const [plans, fixPlan, journals] = await Promise.all([
    Promise.all(planPaths.map((path) => loadPlan(project, path))),
    loadFixPlan(project, {required: false, file: fixPlanFile}),
    readJournals(project),
  ])
  const {stuckAfter} = project.config
  return {
    initiatives: initiativesOf(project, plans),
    fixPlan: fixPlan === undefined ? null : fixPlanBoard(fixPlan, stuckAfter, project.config.fieldAliases[WORKING_PLAN_KEY]),
    stuckAfter,
    journals,
  }
}
