import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli} from './run-cli.js'

// planledger not on PATH: the driver init registers is this checkout's bin/run.js (the bundle: npm run build).
const PATH = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '' && !existsSync(join(folder, 'planledger'))).join(delimiter)
const LOG = 'plans/active/TEST-PYTORCH-001/reports/2026-11-19/timings.log'
const ENV = {GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmpdir(), PATH, NO_COLOR: '1'}

describe('git merge with the driver init registers (two branches of a real repository)', function () {
  this.timeout(120_000)
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], {cwd: root, env: {...process.env, ...ENV}, encoding: 'utf8'})
    return result
  }
  const planledger = async (...args: string[]) => {
    const result = await runCli(args, {cwd: root, env: ENV})
    assert.equal(result.exitCode, 0, `planledger ${args.join(' ')}: ${result.stderr}`)
  }
  const commit = (message: string) => {
    assert.equal(git('add', '-A').status, 0)
    const result = git('commit', '-q', '--no-verify', '-m', message)
    assert.equal(result.status, 0, result.stderr)
  }

  it('merges attempts appended on both sides and rows ticked on each: no conflict, check clean', async () => {
    await planledger('init', '--yes')
    commit('base')
    const main = git('symbolic-ref', '--short', 'HEAD').stdout.trim()

    assert.equal(git('checkout', '-q', '-b', 'supervisor').status, 0)
    await planledger('attempt', 'TEST-PYTORCH-001', '--date', '2026-11-21', '--body', 'Supervisor: Phase D scoped to the runtime profile.', '--yes')
    await planledger('tick', 'TEST-PYTORCH-001', 'D2', '--date', '2026-11-21', '--note', 'guide updated', '--artifact', LOG, '--yes')
    commit('supervisor loop')

    assert.equal(git('checkout', '-q', main).status, 0)
    await planledger('attempt', 'TEST-PYTORCH-001', '--date', '2026-11-20', '--body', 'Engineer: runtime profile recorded.', '--yes')
    await planledger('tick', 'TEST-PYTORCH-001', 'D1', '--date', '2026-11-20', '--note', 'profile recorded', '--artifact', LOG, '--yes')
    commit('engineer loop')

    const merge = git('merge', '--no-edit', 'supervisor')
    assert.equal(merge.status, 0, `git merge: ${merge.stdout}${merge.stderr}`)
    const fixPlan = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8')
    const plan = readFileSync(join(root, 'plans/active/TEST-PYTORCH-001/implementation.md'), 'utf8')
    for (const text of [fixPlan, plan]) assert.doesNotMatch(text, /^(<{7}|={7}|>{7})/m)
    // Both took Attempt #3: entries ordered by date, the later one renumbered.
    assert.match(fixPlan, /^ {2}\* \[2026-11-20\] Attempt #3 — Engineer: runtime profile recorded\.$/m)
    assert.match(fixPlan, /^ {2}\* \[2026-11-21\] Attempt #4 — Supervisor: Phase D scoped to the runtime profile\.$/m)
    assert.match(plan, /^\| D1 \| Runtime profile \| \[x\] \|/m)
    assert.match(plan, /^\| D2 \| Document the test \| \[x\] \|/m)

    const check = await runCli(['check'], {cwd: root, env: ENV})
    assert.equal(check.exitCode, 0, check.stdout + check.stderr)
  })
})
