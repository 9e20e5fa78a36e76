import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli} from '../cli/run-cli.js'

export interface RuleProblem {
  line: number
  column: number
  message: string
  hint?: string
}

/**
 * `check --json fix_plan.md` on `text` written as the fix plan of a scratch folder (with
 * `.planledger.json` when `config` is given): the problems one rule reports, in order.
 */
export async function problemsOf(rule: string, text: string, config?: object): Promise<RuleProblem[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'planledger-recall-'))
  try {
    writeFileSync(join(scratch, 'fix_plan.md'), text)
    if (config) writeFileSync(join(scratch, '.planledger.json'), JSON.stringify(config))
    const result = await runCli(['check', '--json', 'fix_plan.md'], {cwd: scratch})
    const json = JSON.parse(result.stdout) as {problems: Array<RuleProblem & {rule: string}>}
    return json.problems.filter((problem) => problem.rule === rule).map(({line, column, message, hint}) => ({line, column, message, ...(hint && {hint})}))
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
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
