import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import {exists, type ProjectConfig} from '../io/find-config.js'
import type {FindingsLedger, FixPlanLedger, PlanLedger} from '../ledger/model.js'
import {stateVocabularyOf} from '../ledger/state-marker.js'
import {readEditable} from './editable-ledger.js'

/** Whatever a command loaded; absent ledgers were not needed or do not exist. */
export interface LoadedLedgers {
  fixPlan?: FixPlanLedger
  plans: PlanLedger[]
  findings?: FindingsLedger
}

export interface LoadOptions {
  /** Fail when a default-located ledger is absent (a configured one must always exist). */
  required: boolean
}

export async function loadFixPlan(project: ProjectConfig, options: LoadOptions): Promise<FixPlanLedger | undefined> {
  const path = await locateFixPlan(project, options)
  if (path === undefined) return undefined
  const [{doc, scan}, {readFixPlan}] = await Promise.all([readEditable(project, path), import('../ledger/fix-plan.js')])
  return readFixPlan(doc, scan)
}

export async function loadFindings(project: ProjectConfig, options: LoadOptions): Promise<FindingsLedger | undefined> {
  const {findings} = project.config
  const configured = project.config.user.findings !== undefined
  if (!configured && !options.required && !(await fileExists(project, findings))) return undefined
  const [{doc, scan}, {readFindings}] = await Promise.all([
    readEditable(project, shownPath(project, findings)),
    import('../ledger/findings.js'),
  ])
  return readFindings(doc, scan)
}

/** `path` is relative to cwd. */
export async function loadPlan(project: ProjectConfig, path: string): Promise<PlanLedger> {
  const [{doc, scan}, {readPlan}] = await Promise.all([readEditable(project, path), import('../ledger/plan.js')])
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
    const [{doc, scan}, {readFixPlan}] = await Promise.all([readEditable(project, path), import('../ledger/fix-plan.js')])
    return {fixPlan: readFixPlan(doc, scan), plans: []}
  }
  if (resolve(root, config.findings) === target) {
    const [{doc, scan}, {readFindings}] = await Promise.all([readEditable(project, path), import('../ledger/findings.js')])
    return {findings: readFindings(doc, scan), plans: []}
  }
  return {plans: [await loadPlan(project, path)]}
}

/** A root-relative (or absolute) path as the user sees it from cwd. */
export function shownPath(project: ProjectConfig, rootRelative: string): string {
  return relative(project.cwd, resolve(project.root, rootRelative)) || '.'
}

export async function fileExists(project: ProjectConfig, rootRelative: string): Promise<boolean> {
  return exists(resolve(project.root, rootRelative))
}

export async function locateFixPlan(project: ProjectConfig, options: LoadOptions): Promise<string | undefined> {
  const candidates = project.config.fixPlanCandidates
  if (project.config.user.fixPlan !== undefined) return shownPath(project, candidates[0])
  for (const candidate of candidates) if (await fileExists(project, candidate)) return shownPath(project, candidate)
  if (!options.required) return undefined
  throw new UserError(`no fix plan found: looked for ${candidates.join(' and ')}`, {
    hint: 'create one, or set "fixPlan" in .planledger.json',
  })
}
