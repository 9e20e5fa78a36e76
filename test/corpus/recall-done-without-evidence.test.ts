import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

/** Real plans with done rows; each copy gets a done checklist item that cites nothing. */
const SOURCES = [
  ['ptychopinn', 'dose_experiments', 'plans', 'active', 'DEBUG-SIM-LINES-DOSE-001', 'implementation.md'],
  ['ptychopinn', 'dose_experiments', 'plans', 'active', 'seed', 'implementation.md'],
  ['ptychopinn', 'main', 'plans', 'examples', '2025-07-registration-refactor', 'phase_1_checklist.md'],
]

const PLAN = 'plans/active/RECALL-001/implementation.md'

interface Problem {
  rule: string
  line: number
  message: string
}

async function check(text: string): Promise<Problem[]> {
  const root = mkdtempSync(join(tmpdir(), 'recall-dwe-'))
  try {
    mkdirSync(dirname(join(root, PLAN)), {recursive: true})
    writeFileSync(join(root, PLAN), text)
    const result = await runCli(['check', '--json', PLAN], {cwd: root})
    return (JSON.parse(result.stdout) as {problems: Problem[]}).problems.filter((problem) => problem.rule === 'done-without-evidence')
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}

describeWithCorpus('recall: done-without-evidence finds an injected done row that cites nothing', () => {
  for (const source of SOURCES) {
    it(source.join('/'), async () => {
      const original = readFileSync(corpusPath(...source), 'utf8')
      const body = original.endsWith('\n') ? original : `${original}\n`
      const injected = `${body}\n- [x] Recall probe: finished the clean-up with nothing cited\n`
      const line = injected.split('\n').length - 1
      const found = await check(injected)
      assert.ok(found.some((problem) => problem.line === line && problem.message.includes('Recall probe')), JSON.stringify(found))
      const clean = await check(original)
      assert.equal(clean.some((problem) => problem.message.includes('Recall probe')), false)
    })
  }
})
