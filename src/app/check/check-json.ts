import type {CheckResult} from './check.js'

/** The `check --json` / `--format json` document (docs/check-json.md): stable keys, null for absent. */
export interface CheckJson {
  ok: boolean
  mode: CheckResult['mode']
  baseline: string | null
  files: string[]
  summary: CheckResult['summary']
  problems: Array<{
    path: string
    line: number
    column: number
    severity: 'error' | 'warning'
    rule: string
    message: string
    hint: string | null
    preexisting: boolean
  }>
  skipped: Array<{rule: string; reason: string}>
  notes: string[]
}

export function checkJson(result: CheckResult): CheckJson {
  return {
    ok: result.summary.errors === 0,
    mode: result.mode,
    baseline: result.baseline,
    files: result.files,
    summary: result.summary,
    problems: result.problems.map((problem) => ({
      path: problem.path,
      line: problem.line,
      column: problem.column,
      severity: problem.severity,
      rule: problem.rule,
      message: problem.message,
      hint: problem.hint ?? null,
      preexisting: problem.preexisting,
    })),
    skipped: result.skipped.map(({rule, reason}) => ({rule, reason})),
    notes: result.notes ?? [],
  }
}
