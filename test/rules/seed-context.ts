import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import type {Rule, RuleContext, RuleReport, Severity} from '../../src/rules/rule.js'
import {corpusPath} from '../support/corpus.js'
import {contextFrom} from './rule-context.js'

export const SEED_PLAN_PATHS = [
  'plans/active/TEST-PYTORCH-001/implementation.md',
  'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md',
]

/** The corpus's seed scenario as a rule context: its four ledgers, and every file and folder really in the tree (tests inside itWithCorpus). */
export function seedContext(options: {strict?: boolean} = {}): RuleContext {
  const SEED = corpusPath('seed-scenario')
  const read = (path: string) => readFileSync(join(SEED, path), 'utf8')
  return contextFrom({
    fixPlan: read('docs/fix_plan.md'),
    findings: read('docs/findings.md'),
    plans: Object.fromEntries(SEED_PLAN_PATHS.map((path) => [path, read(path)])),
    existing: entriesUnder(SEED),
    strict: options.strict,
  })
}

/** Root-relative paths of every file and folder below `root`. */
export function entriesUnder(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix)).flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`
    return statSync(join(root, path)).isDirectory() ? [path, ...entriesUnder(root, path)] : [path]
  })
}

export function severityOf(rule: Rule, report: RuleReport): Severity {
  return report.severity ?? rule.defaultSeverity
}

/** Reports as `severity path:line:column message`, for whole-list assertions. */
export function summarize(rule: Rule, reports: RuleReport[]): string[] {
  return reports.map((report) => `${severityOf(rule, report)} ${report.path}:${report.line}:${report.column ?? 1} ${report.message}`)
}

/** 1-based column of `needle` in 1-based `line` of `text` (the n-th occurrence when `nth` > 1). */
export function columnOf(text: string, line: number, needle: string, nth = 1): number {
  const lineText = text.split('\n')[line - 1]
  let at = -1
  for (let count = 0; count < nth; count++) at = lineText.indexOf(needle, at + 1)
  if (at === -1) throw new Error(`\`${needle}\` is not on line ${line}: ${lineText}`)
  return at + 1
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`\`${needle}\` is not in the text`)
  return index + 1
}
