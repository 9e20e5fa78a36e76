import type {Problem} from '../../rules/run-rules.js'

/** A problem as `check` reports it, marked when it was already there at the baseline. */
export interface CheckedProblem extends Problem {
  /** Under --staged / --since: the same problem exists at the baseline, so it is shown as a warning. */
  preexisting: boolean
}

/**
 * Marks the problems that already exist at the baseline and downgrades them to warnings. "The
 * same" is (rule, path, message) as a multiset: two copies now and one at the baseline leave one
 * new. Line references inside messages (`first at line 18`) are ignored, since lines shift.
 */
export function markPreexisting(problems: Problem[], baseline: Problem[] | undefined): CheckedProblem[] {
  if (!baseline) return problems.map((problem) => ({...problem, preexisting: false}))
  const remaining = new Map<string, number>()
  for (const problem of baseline) remaining.set(keyOf(problem), (remaining.get(keyOf(problem)) ?? 0) + 1)
  return problems.map((problem) => {
    const key = keyOf(problem)
    const count = remaining.get(key) ?? 0
    if (count === 0) return {...problem, preexisting: false}
    remaining.set(key, count - 1)
    return {...problem, severity: 'warning', preexisting: true}
  })
}

function keyOf(problem: Problem): string {
  return `${problem.rule}\0${problem.path}\0${problem.message.replace(/\b(lines?) \d+(?:[–-]\d+)?/g, '$1 _')}`
}

/** The same problem found through two contexts (a shared reference ledger) is reported once. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.rule}\0${problem.path}\0${problem.line}\0${problem.column}\0${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
