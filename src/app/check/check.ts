import {existsSync} from 'node:fs'
import type {ProjectConfig} from '../../config/project-config.js'
import {stateVocabularyOf} from '../../ledger/plan/state-marker.js'
import {appendAll} from '../../ledger/unbounded-arrays.js'
import type {Problem, SkippedRule} from '../../rules/run-rules.js'
import type {Rule, RuleContext} from '../../rules/rule.js'
import type {CheckedProblem} from './check-baseline.js'
import {shownPath} from '../locate-ledgers.js'
import type {ContextBase} from './check-contexts.js'
import type {Baseline} from './check-missing-ledgers.js'
import type {LedgerSource} from './check-source.js'
import {fixPlanReadOptions} from '../fix-plan-options.js'

export interface CheckOptions {
  /** Files to report on (cwd-relative); empty: every configured ledger. */
  paths: string[]
  /** Check the staged versions against HEAD. */
  staged: boolean
  /** Check the work tree against this revision. */
  since?: string
  strict: boolean
  /** Today (UTC) as YYYY-MM-DD, for rules that judge dates; default: the clock's. */
  today?: string
  /** The rules to run (tests pass their own); default: all of RULES. */
  rules?: readonly Rule[]
}

export type CheckMode = 'work-tree' | 'staged' | 'since'

export interface CheckResult {
  mode: CheckMode
  /** What problems already present are compared with: `HEAD`, the REV as given, or null. */
  baseline: string | null
  /** The files whose problems are reported, as shown. */
  files: string[]
  problems: CheckedProblem[]
  skipped: SkippedRule[]
  /** What rules could not check (`3 cited paths are git-ignored …`), each said once. */
  notes?: string[]
  summary: {errors: number; warnings: number; files: number}
}

/**
 * Loads the ledgers (from the work tree, or the index under --staged), runs every rule, and under
 * --staged / --since runs them on the baseline too so problems already there become warnings.
 */
export async function runCheck(project: ProjectConfig, options: CheckOptions): Promise<CheckResult> {
  const [{selectTargets}, {traceLedgers}, {loadTargets, buildContexts}, {markPreexisting, uniqueProblems}, {runRules, sortProblems, NO_FINDINGS}] = await Promise.all([
    import('./check-targets.js'),
    import('./check-missing-ledgers.js'),
    import('./check-contexts.js'),
    import('./check-baseline.js'),
    import('../../rules/run-rules.js'),
  ])
  const mode: CheckMode = options.staged ? 'staged' : options.since !== undefined ? 'since' : 'work-tree'
  const {current, baseline} = await sourcesFor(project, mode, options.since)
  const trace = await traceLedgers(project, await selectTargets(project, current, options.paths, mode === 'staged', baseline !== undefined), baseline)
  const {targets} = trace
  const vocabulary = stateVocabularyOf(project.config.states)
  const loaded = await loadTargets(current, targets, true, true, vocabulary, fixPlanReadOptions(project.config))
  const base: ContextBase = {root: project.root, cwd: project.cwd, config: project.config, strict: options.strict, today: options.today ?? new Date().toISOString().slice(0, 10), ...(await workTreeLookups(project.root))}

  const atBaseline = baseline ? await loadTargets(baseline.source, trace.baselineTargets, false, true, vocabulary, fixPlanReadOptions(project.config)) : undefined
  const baselineByPath = atBaseline && new Map(atBaseline.map((entry) => [entry.target.rootRelative, entry]))
  const run = runAll(buildContexts({...base, missingLedgers: trace.missing}, loaded, baselineByPath), (context) => runRules(context, options.rules), uniqueProblems)
  const before = atBaseline && runAll(buildContexts({...base, missingLedgers: trace.missingAtBaseline}, atBaseline), (context) => runRules(context, options.rules), uniqueProblems).problems

  // A deleted ledger has no file to check, but its report is one of the checked files' problems.
  const checked = new Set([...targets.filter((target) => target.checked).map((target) => target.shown), ...trace.missing.map((missing) => missing.path)])
  const problems = markPreexisting(sortProblems(run.problems.filter((problem) => checked.has(problem.path)), options.rules), before)
  return {
    mode,
    baseline: baseline?.source.name ?? null,
    files: loaded.filter((entry) => entry.target.checked).map((entry) => entry.target.shown),
    problems,
    notes: run.notes,
    skipped: run.skipped.map((skip) => (skip.reason === NO_FINDINGS ? {...skip, reason: `${NO_FINDINGS}: ${shownPath(project, project.config.findings)} not found`} : skip)),
    summary: summarise(problems),
  }
}

async function sourcesFor(project: ProjectConfig, mode: CheckMode, since: string | undefined): Promise<{current: LedgerSource; baseline?: Baseline}> {
  const {workTreeSource, gitSource} = await import('./check-source.js')
  if (mode === 'work-tree') return {current: workTreeSource(project)}
  const git = await import('../../io/git.js')
  if (mode === 'since') {
    const rev = await git.resolveCommit(project.root, since!)
    const renames = () => git.findRenames(project.root, {kind: 'work-tree', rev})
    return {current: workTreeSource(project), baseline: {source: gitSource(project, {kind: 'commit', rev}, since!), renames}}
  }
  // HEAD as git reads it: before the first commit every path is absent there, so every problem is new.
  const baseline = gitSource(project, {kind: 'commit', rev: 'HEAD'}, 'HEAD')
  return {current: gitSource(project, {kind: 'index'}, 'the git index'), baseline: {source: baseline, renames: () => git.findRenames(project.root, {kind: 'index'})}}
}

/** Runs the rules over each context; problems seen through two contexts and repeated skips count once. */
function runAll(
  contexts: RuleContext[],
  runRules: (context: RuleContext) => {problems: Problem[]; skipped: SkippedRule[]; notes?: string[]},
  unique: (problems: Problem[]) => Problem[],
): {problems: Problem[]; skipped: SkippedRule[]; notes: string[]} {
  const problems: Problem[] = []
  const skipped = new Map<string, SkippedRule>()
  const notes = new Set<string>()
  for (const context of contexts) {
    const run = runRules(context)
    appendAll(problems, run.problems)
    for (const skip of run.skipped) if (!skipped.has(skip.rule)) skipped.set(skip.rule, skip)
    for (const note of run.notes ?? []) notes.add(note)
  }
  return {problems: unique(problems), skipped: [...skipped.values()], notes: [...notes]}
}

/** What rules may ask of the work tree, many times over for the same path; it does not change meanwhile. */
async function workTreeLookups(root: string): Promise<Pick<ContextBase, 'pathExists' | 'pathsMatch' | 'pathEndsBelow' | 'ignoredAmong'>> {
  const [{anyPathMatches}, {gitIgnoredAmong}, {indexPathTails, hasPathEndingWith}] = await Promise.all([
    import('../../io/path-glob.js'),
    import('../../io/git-ignored.js'),
    import('../../io/path-tails.js'),
  ])
  const tailIndexes = new Map<string, ReadonlyMap<string, readonly string[]>>()
  // NUL cannot occur in a path or a cited pattern: the key is unambiguous.
  const matches = cached((key) => anyPathMatches(...(key.split('\0') as [string, string])))
  return {
    pathExists: cached((absolutePath) => existsSync(absolutePath)),
    pathsMatch: (folder, pattern) => matches(`${folder}\0${pattern}`),
    // One walk per folder, then a lookup per cited tail.
    pathEndsBelow: (folder, tail) => {
      let index = tailIndexes.get(folder)
      if (index === undefined) tailIndexes.set(folder, (index = indexPathTails(folder)))
      return hasPathEndingWith(index, tail)
    },
    ignoredAmong: (absolutePaths) => gitIgnoredAmong(root, absolutePaths),
  }
}

function cached(compute: (key: string) => boolean): (key: string) => boolean {
  const known = new Map<string, boolean>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) known.set(key, (value = compute(key)))
    return value
  }
}

function summarise(problems: CheckedProblem[]): CheckResult['summary'] {
  const errors = problems.filter((problem) => problem.severity === 'error').length
  return {errors, warnings: problems.length - errors, files: new Set(problems.map((problem) => problem.path)).size}
}
