import {checkFiles} from './check-injected.js'

export interface RuleProblem {
  line: number
  column: number
  message: string
  hint?: string
}

/**
 * `check --json fix_plan.md` on `text` written as the fix plan of a scratch repository (with
 * `.planledger.json` when `config` is given): the problems one rule reports, in order.
 */
export async function problemsOf(rule: string, text: string, config?: object): Promise<RuleProblem[]> {
  const problems = await checkFiles({'fix_plan.md': text}, config, ['fix_plan.md'])
  return problems.filter((problem) => problem.rule === rule).map(({line, column, message, hint}) => ({line, column, message, ...(hint && {hint})}))
}

/** 1-based line of the first line of `text` that equals `line` exactly (a failed test when none). */
export function lineOf(text: string, line: string): number {
  const at = text.split(/\r?\n/).indexOf(line)
  if (at === -1) throw new Error(`no line ${JSON.stringify(line)}`)
  return at + 1
}

/** `text` with a final newline, so what is appended starts on a line of its own. */
export function ended(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
