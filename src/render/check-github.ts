import type {CheckResult} from '../app/check/check.js'
import {escapeUntrusted} from './escape-untrusted.js'

/**
 * GitHub Actions workflow commands, one per problem:
 * `::error file=docs/fix_plan.md,line=18,col=4,title=duplicate-id::Duplicate fix-plan item …`;
 * a hint follows the message on a line of its own within the annotation (`%0Ahint: …`).
 */
export function renderCheckGithub(result: CheckResult, options: {quiet: boolean}): string {
  const shown = options.quiet ? result.problems.filter((problem) => problem.severity === 'error') : result.problems
  return shown
    .map((problem) => {
      const properties = `file=${property(problem.path)},line=${problem.line},col=${problem.column},title=${property(problem.rule)}`
      const hint = problem.hint ? `%0A${data(`hint: ${problem.hint}`)}` : ''
      return `::${problem.severity} ${properties}::${data(problem.message)}${hint}\n`
    })
    .join('')
}

/** Workflow-command escaping of `%`, CR and LF, after making other control characters visible. */
function data(text: string): string {
  return escapeUntrusted(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values also escape `:` and `,`, which separate properties. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
