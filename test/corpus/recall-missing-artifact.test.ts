import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

/** Real fix plans with attempt entries; each copy gets one probe appended to its last entry heading or bullet. */
const SOURCES = [
  ['ptychopinn', 'dose_experiments', 'docs', 'fix_plan.md'],
  ['ptychopinn', 'history', 'dose_experiments-docs-fix_plan', '020-bc7e9caf5f.md'],
  ['seed-scenario', 'docs', 'fix_plan.md'],
]

/** The defect kinds missing-artifact knows: a concrete path that is not there, a glob nothing matches. */
const DEFECTS = [
  {kind: 'missing path', probe: 'Wrote `recall/probe_report.md`.', cited: 'recall/probe_report.md'},
  {kind: 'glob matching nothing', probe: 'Logs: `recall/logs/probe_*.log`.', cited: 'recall/logs/probe_*.log'},
]

interface Problem {
  rule: string
  line: number
  message: string
}

/** 1-based line of the last attempt entry's first line: a `Attempt #N` bullet or a dated `###` heading. */
function lastEntryLine(lines: string[]): number {
  for (let index = lines.length - 1; index >= 0; index--) {
    if (/^\s*[*-] .*Attempt #\d+/.test(lines[index]) || /^###+ \[?\d{4}-\d{2}-\d{2}/.test(lines[index])) return index + 1
  }
  throw new Error('no attempt entry')
}

async function check(text: string): Promise<Problem[]> {
  const root = mkdtempSync(join(tmpdir(), 'recall-ma-'))
  try {
    const file = join(root, 'docs', 'fix_plan.md')
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, text)
    const result = await runCli(['check', '--json', 'docs/fix_plan.md'], {cwd: root})
    return (JSON.parse(result.stdout) as {problems: Problem[]}).problems.filter((problem) => problem.rule === 'missing-artifact')
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}

describeWithCorpus('recall: missing-artifact finds injected citations in real fix plans', () => {
  for (const source of SOURCES) {
    for (const defect of DEFECTS) {
      it(`${defect.kind} in ${source.join('/')}`, async () => {
        const original = readFileSync(corpusPath(...source), 'utf8')
        const lines = original.split('\n')
        const line = lastEntryLine(lines)
        lines[line - 1] = `${lines[line - 1].replace(/\r$/, '')} ${defect.probe}`
        const injected = await check(lines.join('\n'))
        assert.ok(
          injected.some((problem) => problem.line === line && problem.message.includes(`\`${defect.cited}\``)),
          `no report at line ${line}: ${JSON.stringify(injected.filter((problem) => problem.line === line))}`,
        )
        const clean = await check(original)
        assert.equal(clean.some((problem) => problem.message.includes(defect.cited)), false)
      })
    }
  }
})
