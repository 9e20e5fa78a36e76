import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {requireIsoDate} from '../edit/iso-date.js'
import {builtInPlan, fillTemplate} from '../edit/new-plan-text.js'
import {requireOneLineValues} from '../edit/one-line-value.js'
import {planSetWorkingPlan, type WorkingPlanUpdate} from '../edit/set-working-plan.js'
import {applyEdits} from '../edit/text-edit.js'
import {itemsNamed} from '../ledger/fix-plan/find-item.js'
import {WORKING_PLAN_KEY} from '../ledger/fix-plan/working-plan-field.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'
import {ACTIVE_PLANS, ARCHIVED_PLANS, PLAN_FILE_NAMES, requireInitiativeId} from './initiative-paths.js'
import {locateFixPlan, shownPath} from './locate-ledgers.js'
import {plannedNewFile} from './new-file-change.js'
import {findTemplate, surveyPlans} from './plan-survey.js'

export interface PlanNewInput {
  id: string
  title?: string
  /** A template file, or a name in plans/templates/. */
  from?: string
  /** YYYY-MM-DD, for the plan's Created line and `{{date}}`. */
  date: string
}

export interface PlanNewOutcome {
  /** The new plan first, then the fix plan's Working Plan: the order they are written in. */
  changes: PlannedChange[]
  /** Cwd-relative. */
  path: string
  layout: 'folder' | 'flat'
  /** The template used (cwd-relative); null for the built-in plan. */
  template: string | null
  fixPlan: {path: string; item: string; update: WorkingPlanUpdate} | null
}

/** Plans a new initiative plan and the fix-plan item's pointer to it (nothing is written here). */
export async function planPlanNew(project: ProjectConfig, input: PlanNewInput): Promise<PlanNewOutcome> {
  requireOneLineValues({ID: input.id, '--title': input.title, '--from': input.from})
  requireInitiativeId(input.id)
  requireIsoDate(input.date)
  refuseExisting(project, input.id)
  const style = await surveyPlans(project)
  // A folder that holds reports but no plan yet gets its plan, whatever the other plans' layout.
  const folderLayout = style.layout === 'folder' || existsSync(resolve(project.root, ACTIVE_PLANS, input.id))
  const planPath = folderLayout ? `${ACTIVE_PLANS}/${input.id}/implementation.md` : `${ACTIVE_PLANS}/${input.id}.md`
  const fixPlanPath = await locateFixPlan(project, {required: false})
  const fixPlan = fixPlanPath === undefined ? undefined : await readEditableFixPlan(project, fixPlanPath)
  const item = fixPlan ? itemsNamed(fixPlan.ledger.items, input.id).find((candidate) => candidate.id !== null) : undefined
  const title = input.title?.trim() || item?.title.trim() || input.id
  const facts = {id: input.id, title, date: input.date}
  const template = findTemplate(project, input.from)
  const text = template === undefined ? builtInPlan(facts, style.tasks === 'table' ? style.columns : undefined, style.eol) : fillTemplate(await readTemplate(project, template), facts)
  const changes: PlannedChange[] = [plannedNewFile(shownPath(project, planPath), text, {makeFolders: true})]
  let pointer: PlanNewOutcome['fixPlan'] = null
  if (fixPlan && item) {
    const {edits, update} = planSetWorkingPlan(fixPlan.ledger, item, planPath, project.config.fieldAliases[WORKING_PLAN_KEY])
    changes.push(plannedChange(fixPlan, applyEdits(fixPlan.doc.text, edits)))
    pointer = {path: fixPlan.doc.path, item: item.id!, update}
  }
  return {changes, path: shownPath(project, planPath), layout: folderLayout ? 'folder' : 'flat', template: template ?? null, fixPlan: pointer}
}

/** An initiative with a plan (active: its plan file; archived: anything) is not created again. */
function refuseExisting(project: ProjectConfig, id: string): void {
  const active = [...PLAN_FILE_NAMES.map((name) => `${ACTIVE_PLANS}/${id}/${name}`), `${ACTIVE_PLANS}/${id}.md`]
  for (const path of [...active, `${ARCHIVED_PLANS}/${id}`, `${ARCHIVED_PLANS}/${id}.md`]) {
    if (!existsSync(resolve(project.root, path))) continue
    const archived = !active.includes(path)
    throw new UserError(`initiative ${id} already has a plan: ${shownPath(project, path)}`, {
      path: shownPath(project, path),
      hint: archived ? 'it was closed; pick a new ID, or move it back to plans/active/ to reopen it' : `add rows to it with \`planledger plan add-row ${id} …\``,
    })
  }
}

async function readTemplate(project: ProjectConfig, path: string): Promise<string> {
  const {readLedgerText} = await import('../io/read-ledger.js')
  return readLedgerText(resolve(project.cwd, path))
}
