import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

// The acceptance run on the seed scenario: evidence cited before it exists, then created,
// then an old attempt entry rewritten by hand and staged.
const HUB = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening'
const ARTIFACTS = [`${HUB}/runtime_profile.md`, `${HUB}/env_snapshot.txt`]

interface Problem {
  path: string
  line: number
  severity: string
  rule: string
  message: string
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, stdio: 'ignore'})
}

describeWithCorpus('check along one loop iteration of the seed scenario', function () {
  this.timeout(60_000)
  let root: string
  before(async () => {
    root = makeScenario()
    const tick = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.A-C', ...ARTIFACTS.flatMap((path) => ['--artifact', path]), '--note', 'Runtime profile recorded', '--date', '2025-10-19', '--yes'], {cwd: root})
    assert.equal(tick.exitCode, 0, tick.stderr)
  })
  after(() => removeScenario(root))

  /** Reports of `check --strict` before the artifacts exist, for the step after. */
  let strictBefore: string[] = []
  const problemKey = (problem: Problem) => `${problem.rule} ${problem.path}:${problem.line} ${problem.message}`
  const check = async (...args: string[]) => {
    const result = await runCli(['check', '--json', ...args], {cwd: root})
    return {exitCode: result.exitCode, problems: JSON.parse(result.stdout).problems as Problem[]}
  }
  const missingCited = (problems: Problem[]) =>
    problems.filter((problem) => problem.rule === 'missing-artifact' && ARTIFACTS.some((path) => problem.message.includes(`\`${path}\``)))

  it('before the artifacts exist: reports each one missing on D1.A, D1.B and D1.C (warnings, exit 0)', async () => {
    const {exitCode, problems} = await check()
    assert.equal(exitCode, 0)
    const missing = missingCited(problems)
    assert.equal(missing.length, 6)
    const rowLines = ['D1.A', 'D1.B', 'D1.C'].map((id) => readFileSync(join(root, HUB, 'plan.md'), 'utf8').split('\n').findIndex((line) => line.startsWith(`| ${id} |`)) + 1)
    assert.deepEqual([...new Set(missing.map((problem) => `${problem.path}:${problem.line}`))], rowLines.map((line) => `${HUB}/plan.md:${line}`))
    assert.ok(missing.every((problem) => problem.severity === 'warning'))
    const strict = await check('--strict')
    assert.equal(strict.exitCode, 1)
    strictBefore = strict.problems.map(problemKey)
  })

  it('after creating them: no longer reported, and the check passes', async () => {
    for (const path of ARTIFACTS) writeFileSync(join(root, path), 'evidence\n')
    const {exitCode, problems} = await check('--strict')
    assert.deepEqual(missingCited(problems), [])
    assert.equal(exitCode, problems.some((problem) => problem.severity === 'error') ? 1 : 0)
    // What went away is every report about the two artifacts (by full path or bare name); nothing is new.
    const keys = new Set(problems.map(problemKey))
    const gone = strictBefore.filter((key) => !keys.has(key))
    assert.ok(gone.length >= 6 && gone.every((key) => /`(?:[^`]*\/)?(?:runtime_profile\.md|env_snapshot\.txt)`/.test(key)), gone.join('\n'))
    assert.ok([...keys].every((key) => strictBefore.includes(key)))
    assert.equal((await check()).exitCode, 0)
  })

  it('after hand-editing an old attempt entry and staging it: check --staged fails with history-rewritten', async () => {
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'loop iteration')
    const fixPlan = join(root, 'docs/fix_plan.md')
    const text = readFileSync(fixPlan, 'utf8')
    writeFileSync(fixPlan, text.replace('Phase A baseline complete.', 'Phase A baseline complete (revised).'))
    git(root, 'add', 'docs/fix_plan.md')
    const {exitCode, problems} = await check('--staged')
    assert.equal(exitCode, 1)
    const rewritten = problems.filter((problem) => problem.rule === 'history-rewritten')
    assert.equal(rewritten.length, 1)
    assert.equal(rewritten[0].line, text.split('\n').findIndex((line) => line.includes('Attempt #1 —')) + 1)
    assert.equal(rewritten[0].severity, 'error')
  })
})
