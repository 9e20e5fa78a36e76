import {InternalError} from '../errors.js'
import {RULES} from './index.js'
import {DIALECTS, type Dialect, type FixPlanLedger} from '../ledger/model.js'
import type {Rule, RuleContext, Severity} from './rule.js'

/** One problem as `check` reports it: a rule's report with the rule id and the severity in force. */
export interface Problem {
  rule: string
  severity: Severity
  path: string
  line: number
  column: number
  message: string
  hint?: string
}

/** A rule that did not run, and why (shown once, however many contexts lacked what it needs). */
export interface SkippedRule {
  rule: string
  reason: string
}

/** Why a rule that needs the findings ledger did not run. */
export const NO_FINDINGS = 'no findings ledger'

export interface RuleRun {
  problems: Problem[]
  skipped: SkippedRule[]
  /** What rules could not check (Rule.notes); absent when there is nothing to say. */
  notes?: string[]
}

/**
 * Runs every enabled rule over one context. Configured severity (`rules` in .planledger.json)
 * overrides the severity of all a rule's reports; `off` disables it. A fix plan written in a dialect
 * the rule does not judge is hidden from it. A rule whose needs are not loaded then does not run: a
 * missing findings ledger is reported as a skip, a missing fix plan or baseline just means there is
 * nothing for it to look at.
 */
export function runRules(fullContext: RuleContext, rules: readonly Rule[] = RULES): RuleRun {
  const run: RuleRun = {problems: [], skipped: []}
  for (const rule of rules) {
    const configured = fullContext.config.rules[rule.id]
    if (configured === 'off') continue
    const context = scopedTo(fullContext, rule.dialects)
    const needs = rule.needs ?? []
    if (needs.includes('findings') && !context.findings) {
      run.skipped.push({rule: rule.id, reason: NO_FINDINGS})
      continue
    }
    if ((needs.includes('fix-plan') && !context.fixPlan) || (needs.includes('baseline') && !context.baseline)) continue
    for (const report of checkWith(rule, context)) {
      run.problems.push({
        rule: rule.id,
        severity: configured ?? report.severity ?? rule.defaultSeverity,
        path: report.path,
        line: report.line,
        column: report.column ?? 1,
        message: report.message,
        ...(report.hint !== undefined && {hint: report.hint}),
      })
    }
    const notes = rule.notes?.(context) ?? []
    if (notes.length > 0) (run.notes ??= []).push(...notes)
  }
  return run
}

/** The context without the fix plans (current, baseline) whose dialect is not in `dialects`. */
function scopedTo(context: RuleContext, dialects: readonly Dialect[] = DIALECTS): RuleContext {
  const judged = (fixPlan: FixPlanLedger | undefined) => (fixPlan && dialects.includes(fixPlan.dialect) ? fixPlan : undefined)
  const fixPlan = judged(context.fixPlan)
  const baselineFixPlan = judged(context.baseline?.fixPlan)
  if (fixPlan === context.fixPlan && baselineFixPlan === context.baseline?.fixPlan) return context
  return {...context, fixPlan, ...(context.baseline && {baseline: {...context.baseline, fixPlan: baselineFixPlan}})}
}

function checkWith(rule: Rule, context: RuleContext) {
  try {
    return rule.check(context)
  } catch (error) {
    // A rule bug names the rule; the original stack stays reachable through `cause`.
    const wrapped = new InternalError(`rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`)
    ;(wrapped as Error & {cause?: unknown}).cause = error
    throw wrapped
  }
}

/** Problems in report order: by file path, then line, column, and the rule's place in RULES. */
export function sortProblems(problems: Problem[], rules: readonly Rule[] = RULES): Problem[] {
  const order = new Map(rules.map((rule, index) => [rule.id, index]))
  return [...problems].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (order.get(a.rule) ?? rules.length) - (order.get(b.rule) ?? rules.length),
  )
}
