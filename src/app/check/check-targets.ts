import {posix} from 'node:path'
import {UserError} from '../../errors.js'
import type {ProjectConfig} from '../../config/project-config.js'
import type {LedgerRole} from '../../rules/rule.js'
import {leavesFolder} from '../../ledger/leaves-folder.js'
import {rootRelativeOf, type LedgerSource, type SourceFile} from './check-source.js'
import {shownPath} from '../locate-ledgers.js'

/** A file `check` loads: `checked` files have their problems reported, the others are references. */
export interface CheckTarget extends SourceFile {
  role: LedgerRole
  checked: boolean
  /** The text, when finding the file meant reading it already. */
  text?: string
  /**
   * A fix plan or findings ledger that is not in the source: the `configured` path, or a `default`
   * one (absent defaults are fine unless the baseline had them). Never read, only traced.
   */
  absent?: 'configured' | 'default'
}

/**
 * Which files to load. Without PATHS: the configured fix plan, findings ledger and plan files. With
 * PATHS: those files, plus the configured fix plan and findings ledger as references (a rule may
 * need them) whose own problems are not reported.
 */
export async function selectTargets(project: ProjectConfig, source: LedgerSource, paths: readonly string[], inGit: boolean, withJournals = false): Promise<CheckTarget[]> {
  const {config} = project
  const configuredFixPlan = config.user.fixPlan !== undefined
  const configuredFindings = config.user.findings !== undefined
  const fixPlanCandidates = config.fixPlanCandidates.map((path) => normalised(path))
  const findingsPath = normalised(config.findings)
  const given = uniqueGiven(project, paths, inGit)
  // PATHS are shown as uniqueGiven worked them out; only the configured ledgers need it done here.
  const shownGiven = new Map(given.map(({rootRelative, shown}) => [rootRelative, shown]))
  const file = (rootRelative: string): SourceFile => ({rootRelative, shown: shownGiven.get(rootRelative) ?? shownPath(project, rootRelative)})

  const givenPaths = new Set(given.map((target) => target.rootRelative))
  const journalPaths = config.journals.map((path) => normalised(path))
  const roleOf = (rootRelative: string): LedgerRole => {
    if (withJournals && journalPaths.includes(rootRelative)) return 'journal'
    if (fixPlanCandidates.includes(rootRelative)) return 'fix-plan'
    if (rootRelative === findingsPath) return 'findings'
    const name = posix.basename(rootRelative)
    if (/fix_plan.*\.md$/i.test(name)) return 'fix-plan'
    if (/findings.*\.md$/i.test(name)) return 'findings'
    return 'plan'
  }

  // The configured ledgers, first existing default candidate winning; absent ones are marked, for tracing.
  const ledgerFiles = [...fixPlanCandidates, findingsPath].filter((path) => !givenPaths.has(path)).map(file)
  const found = await source.read(ledgerFiles, false)
  const present = (path: string) => givenPaths.has(path) || found.get(path) !== undefined
  const fixPlan = configuredFixPlan ? fixPlanCandidates[0] : fixPlanCandidates.find(present)
  const checkAll = given.length === 0
  const targets: CheckTarget[] = []
  const add = (rootRelative: string, role: LedgerRole, checked: boolean) => {
    const text = found.get(rootRelative)
    targets.push({...file(rootRelative), role, checked, ...(text !== undefined && {text})})
  }
  const absent: CheckTarget[] = []
  const addAbsent = (rootRelative: string, role: LedgerRole, configured: boolean) => absent.push({...file(rootRelative), role, checked: checkAll, absent: configured ? 'configured' : 'default'})
  if (fixPlan !== undefined && present(fixPlan)) {
    if (!givenPaths.has(fixPlan)) add(fixPlan, 'fix-plan', checkAll)
  } else {
    // Every candidate is traced (a configured path is the only one): the baseline may have had either default.
    for (const path of fixPlanCandidates) addAbsent(path, 'fix-plan', configuredFixPlan)
  }
  if (!givenPaths.has(findingsPath)) {
    if (present(findingsPath)) add(findingsPath, 'findings', checkAll)
    else addAbsent(findingsPath, 'findings', configuredFindings)
  }
  if (checkAll) for (const plan of (await source.listPlans?.()) ?? []) add(plan, 'plan', true)
  // Journals matter only against a baseline (journal-rewritten); present ones only: `status` reports missing ones.
  if (checkAll && withJournals) {
    const journals = await source.read(journalPaths.filter((path) => !givenPaths.has(path) && !targets.some((target) => target.rootRelative === path)).map(file), false)
    for (const [path, text] of journals) if (text !== undefined) targets.push({...file(path), role: 'journal', checked: true, text})
  }
  for (const {rootRelative} of given) add(rootRelative, roleOf(rootRelative), true)
  return [...targets, ...absent]
}

/** The PATHS as root-relative files, each once; under git a path must lie inside the repository. */
function uniqueGiven(project: ProjectConfig, paths: readonly string[], inGit: boolean): SourceFile[] {
  const seen = new Set<string>()
  const files: SourceFile[] = []
  for (const path of paths) {
    const rootRelative = rootRelativeOf(project, path)
    if (inGit && leavesFolder(rootRelative)) {
      throw new UserError(`${path} is outside the repository (${project.root})`, {path, hint: '--staged and --since check files of this repository only'})
    }
    if (seen.has(rootRelative)) continue
    seen.add(rootRelative)
    files.push({rootRelative, shown: shownPath(project, rootRelative)})
  }
  return files
}

function normalised(path: string): string {
  return posix.normalize(path.split('\\').join('/')).replace(/^\.\//, '')
}
