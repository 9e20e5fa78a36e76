import {resolve} from 'node:path'
import type {ProjectConfig} from '../config/project-config.js'
import type {FindingsLedger, FixPlanLedger, PlanLedger} from '../ledger/model.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import {readEditableFindings} from './editable-findings.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {readEditable} from './editable-ledger.js'
import {fileExists, locateFixPlan, shownPath, type LoadOptions} from './locate-ledgers.js'

/** Whatever a command loaded; absent ledgers were not needed or do not exist. */
export interface LoadedLedgers {
  fixPlan?: FixPlanLedger
  plans: PlanLedger[]
  findings?: FindingsLedger
}

/** The configured (or default-located) fix plan, or `file` (cwd-relative) when given: `--file` of the read commands. */
export async function loadFixPlan(project: ProjectConfig, options: LoadOptions & {file?: string}): Promise<FixPlanLedger | undefined> {
  const path = options.file ?? (await locateFixPlan(project, options))
  if (path === undefined) return undefined
  return (await readEditableFixPlan(project, path)).ledger
}

export async function loadFindings(project: ProjectConfig, options: LoadOptions): Promise<FindingsLedger | undefined> {
  const {findings} = project.config
  const configured = project.config.user.findings !== undefined
  if (!configured && !options.required && !(await fileExists(project, findings))) return undefined
  return (await readEditableFindings(project, shownPath(project, findings))).ledger
}

/** `path` is relative to cwd. */
export async function loadPlan(project: ProjectConfig, path: string): Promise<PlanLedger> {
  const [{doc, scan}, {readPlan}] = await Promise.all([readEditable(project, path), import('../ledger/plan/plan.js')])
  return readPlan(doc, scan, stateVocabularyOf(project.config.states))
}

/** Plan files matched by the `plans` globs (relative to the root), as cwd-relative paths, sorted. */
export async function findPlanFiles(project: ProjectConfig): Promise<string[]> {
  const {glob} = await import('tinyglobby')
  const {config, root} = project
  const ledgers = new Set([...config.fixPlanCandidates, config.findings, config.archive].map((path) => resolve(root, path)))
  const matches = await glob(config.plans, {cwd: root, onlyFiles: true, expandDirectories: false})
  return matches
    .map((path) => resolve(root, path))
    .filter((path) => !ledgers.has(path))
    .sort()
    .map((path) => shownPath(project, path))
}

/** Every ledger of the project: the fix plan and findings when present, and all plan files. */
export async function loadAllLedgers(project: ProjectConfig): Promise<LoadedLedgers> {
  const planPaths = await findPlanFiles(project)
  const [fixPlan, findings, plans] = await Promise.all([
    loadFixPlan(project, {required: false}),
    loadFindings(project, {required: false}),
    Promise.all(planPaths.map((path) => loadPlan(project, path))),
  ])
  return {fixPlan, findings, plans}
}

/** One file read with the reader its role calls for (fix plan, findings, else a plan). `path` is cwd-relative. */
export async function loadLedgerAt(project: ProjectConfig, path: string): Promise<LoadedLedgers> {
  const target = resolve(project.cwd, path)
  const {config, root} = project
  if (config.fixPlanCandidates.some((candidate) => resolve(root, candidate) === target)) {
    return {fixPlan: (await readEditableFixPlan(project, path)).ledger, plans: []}
  }
  if (resolve(root, config.findings) === target) {
    return {findings: (await readEditableFindings(project, path)).ledger, plans: []}
  }
  return {plans: [await loadPlan(project, path)]}
}
