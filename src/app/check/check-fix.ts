import type {ProjectConfig} from '../../config/project-config.js'
import {UserError} from '../../errors.js'
import {applyEdits, editsOverlap, type TextEdit} from '../../edit/text-edit.js'
import type {PlannedChange} from '../apply-change.js'
import {readEditableFixPlan} from '../editable-fix-plan.js'
import {plannedChange} from '../editable-ledger.js'
import type {CheckedProblem} from './check-baseline.js'
import {runCheck, type CheckOptions, type CheckResult} from './check.js'
import type {FixContext, Fixer} from './fixers/fixer.js'
import {FIXERS} from './fixers/index.js'
import {RULES} from '../../rules/index.js'
import {stateVocabularyOf} from '../../ledger/plan/state-marker.js'

/** A problem `check --fix` repairs: the rule and place it was reported at, and what the repair does. */
export interface PlannedFix {
  rule: string
  path: string
  /** The line the repair changes. */
  line: number
  /** The report it answers. */
  problem: {line: number; message: string}
  description: string
}

export interface CheckFixPlan {
  /** The check of the files as they are now, before any repair. */
  check: CheckResult
  fixes: PlannedFix[]
  /** One change per file repaired. */
  changes: PlannedChange[]
  warnings: string[]
}

/**
 * Runs the check, then plans the mechanical repairs of its reports (one fixer per rule, FIXERS),
 * file by file, as one change each. Problems already at the baseline (--since) are left alone: the
 * repair would rewrite what the baseline holds; so are history repairs of entries HEAD already has.
 * Two repairs touching the same bytes keep the first.
 */
export async function planCheckFix(project: ProjectConfig, options: CheckOptions, fixers: readonly Fixer[] = FIXERS): Promise<CheckFixPlan> {
  const check = await runCheck(project, options)
  const context: FixContext = {today: options.today ?? new Date().toISOString().slice(0, 10), vocabulary: stateVocabularyOf(project.config.states)}
  const byRule = new Map(fixers.map((fixer) => [fixer.ruleId, fixer]))
  const plan: CheckFixPlan = {check, fixes: [], changes: [], warnings: []}
  const fixable = check.problems.filter((problem) => !problem.preexisting && byRule.has(problem.rule))
  const committed = check.mode === 'work-tree' && fixable.some((problem) => byRule.get(problem.rule)!.appendOnly) ? await committedProblems(project, options, new Set(fixers.filter((fixer) => fixer.appendOnly).map((fixer) => fixer.ruleId))) : new Set<string>()
  const byPath = new Map<string, CheckedProblem[]>()
  for (const problem of fixable) {
    if (byRule.get(problem.rule)!.appendOnly && committed.has(keyOf(problem))) {
      plan.warnings.push(`${problem.path}:${problem.line}: ${problem.message}: not fixed, the entry is already committed and the history is append-only (history-rewritten would report the change)`)
      continue
    }
    byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem])
  }
  for (const [path, problems] of byPath) {
    if (check.problems.some((problem) => problem.path === path && problem.rule === 'conflict-markers')) {
      plan.warnings.push(`${path} has git conflict markers: not fixed; resolve the merge first`)
      continue
    }
    const editable = await readEditableFixPlan(project, path)
    const edits: TextEdit[] = []
    for (const problem of problems) {
      const fix = byRule.get(problem.rule)!.fix(editable.ledger, problem, context)
      if (!fix || !addEdits(edits, fix.edits)) continue
      plan.fixes.push({rule: problem.rule, path, line: fix.line, problem: {line: problem.line, message: problem.message}, description: fix.description})
    }
    if (edits.length > 0) plan.changes.push(plannedChange(editable, applyEdits(editable.doc.text, edits)))
  }
  return plan
}

/**
 * The problems HEAD already has (as `check --since HEAD` marks them); none outside a git repository
 * or before the first commit, where nothing is committed yet.
 */
async function committedProblems(project: ProjectConfig, options: CheckOptions, ruleIds: ReadonlySet<string>): Promise<Set<string>> {
  try {
    // Only the rules whose repairs must not touch HEAD's text: the others' answers are not needed here.
    const rules = (options.rules ?? RULES).filter((rule) => ruleIds.has(rule.id))
    const sinceHead = await runCheck(project, {...options, since: 'HEAD', rules})
    return new Set(sinceHead.problems.filter((problem) => problem.preexisting).map(keyOf))
  } catch (error) {
    if (error instanceof UserError) return new Set()
    throw error
  }
}

function keyOf(problem: CheckedProblem): string {
  return `${problem.rule}\0${problem.path}\0${problem.line}\0${problem.message}`
}

/**
 * Adds a repair's edits unless they are already there (two reports on one index row, one repair) or
 * overlap edits already taken; true when they were added.
 */
function addEdits(taken: TextEdit[], edits: readonly TextEdit[]): boolean {
  const same = (a: TextEdit, b: TextEdit) => a.start === b.start && a.end === b.end && a.text === b.text
  const fresh = edits.filter((edit) => !taken.some((other) => same(edit, other)))
  if (fresh.length === 0) return false
  if (fresh.some((edit) => taken.some((other) => editsOverlap(edit, other)))) return false
  taken.push(...fresh)
  return true
}
