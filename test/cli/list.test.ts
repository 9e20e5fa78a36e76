import assert from 'node:assert/strict'
import {renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

describeWithCorpus('planledger list', () => {
  let root: string
  before(() => {
    root = makeScenario()
  })
  after(() => removeScenario(root))

  it('prints every item as an aligned table', async () => {
    const result = await runCli(['list'], {cwd: root, env: {COLUMNS: '200'}})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(
      result.stdout,
      [
        'ID                     STATUS       PRIORITY  ATTEMPTS  LAST ATTEMPT  PLAN                                     TITLE',
        'TEST-PYTORCH-001       in_progress  High      4         2025-10-19    TEST-PYTORCH-001/implementation.md       Author PyTorch integration workflow regression',
        'INTEGRATE-PYTORCH-001  done         High      1         2025-10-17    INTEGRATE-PYTORCH-001/implementation.md  PyTorch backend integration',
        'DATA-LOADER-002        pending      Medium    0         -             -                                        Legacy NPZ transpose guard',
        '',
      ].join('\n'),
    )
  })

  it('returns every item as JSON', async () => {
    const result = await runCli(['list', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const list = JSON.parse(result.stdout)
    assert.equal(list.path, 'docs/fix_plan.md')
    assert.deepEqual(list.filters, {status: null, priority: null})
    assert.deepEqual(list.items[0], {
      id: 'TEST-PYTORCH-001',
      title: 'Author PyTorch integration workflow regression',
      line: 18,
      state: 'in_progress',
      status: 'in_progress',
      priority: 'High',
      attempts: 4,
      lastAttemptDate: '2025-10-19',
      latestAttemptDate: '2025-10-19',
      workingPlan: 'plans/active/TEST-PYTORCH-001/implementation.md',
      workingPlans: ['plans/active/TEST-PYTORCH-001/implementation.md'],
    })
    assert.deepEqual(
      list.items.map((item: {id: string; attempts: number}) => [item.id, item.attempts]),
      [['TEST-PYTORCH-001', 4], ['INTEGRATE-PYTORCH-001', 1], ['DATA-LOADER-002', 0]],
    )
  })

  it('filters by status, ignoring case', async () => {
    const result = await runCli(['list', '--status', 'IN_PROGRESS', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual(JSON.parse(result.stdout).items.map((item: {id: string}) => item.id), ['TEST-PYTORCH-001'])
  })

  it('filters by priority, and by both at once', async () => {
    const high = await runCli(['list', '--priority', 'high', '--json'], {cwd: root})
    assert.deepEqual(JSON.parse(high.stdout).items.map((item: {id: string}) => item.id), ['TEST-PYTORCH-001', 'INTEGRATE-PYTORCH-001'])
    const both = await runCli(['list', '--priority', 'high', '--status', 'done', '--json'], {cwd: root})
    assert.deepEqual(JSON.parse(both.stdout).items.map((item: {id: string}) => item.id), ['INTEGRATE-PYTORCH-001'])
  })

  it('says so when nothing matches, exiting 0', async () => {
    const result = await runCli(['list', '--status', 'blocked'], {cwd: root})
    assert.equal(result.exitCode, 0)
    assert.equal(result.stdout, 'no items in docs/fix_plan.md match\n')
  })
})

describeWithCorpus('planledger list without docs/fix_plan.md', () => {
  let root: string
  before(() => {
    root = makeScenario()
    renameSync(join(root, 'docs/fix_plan.md'), join(root, 'fix_plan.md'))
  })
  after(() => removeScenario(root))

  it('falls back to fix_plan.md at the repository root, even from a subfolder', async () => {
    const result = await runCli(['list', '--json'], {cwd: join(root, 'plans')})
    assert.equal(result.exitCode, 0, result.stderr)
    const list = JSON.parse(result.stdout)
    assert.equal(list.path, '../fix_plan.md')
    assert.equal(list.items.length, 3)
  })
})

describe('planledger list, next and status --file', () => {
  it('read a fix plan other than the configured one, in its own dialect (no corpus needed)', async () => {
    const root = makeOwnScenario()
    try {
      writeFileSync(join(root, 'todo.md'), ['# TODO', '', '- [x] Fix login', '- [ ] Add rate limiting', ''].join('\n'))
      const result = await runCli(['list', '--file', 'todo.md', '--json'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      const json = JSON.parse(result.stdout) as {path: string; dialect: string; items: Array<{title: string; state: string}>}
      assert.deepEqual([json.path, json.dialect, json.items.map((item) => [item.title, item.state])], ['todo.md', 'checklist', [['Fix login', 'done'], ['Add rate limiting', 'open']]])
      const missing = await runCli(['list', '--file', 'nope.md'], {cwd: root})
      assert.equal(missing.exitCode, 2)
      // next and status read the same file with --file.
      const next = JSON.parse((await runCli(['next', '--file', 'todo.md', '--json'], {cwd: root})).stdout) as {fixPlanItem: {path: string; title: string}}
      assert.deepEqual([next.fixPlanItem.path, next.fixPlanItem.title], ['todo.md', 'Add rate limiting'])
      const status = JSON.parse((await runCli(['status', '--file', 'todo.md', '--json'], {cwd: root})).stdout) as {fixPlan: {path: string} | null}
      assert.equal(status.fixPlan?.path, 'todo.md')
    } finally {
      removeScenario(root)
    }
  })
})
