import assert from 'node:assert/strict'
import {planInit, preCommitHookPath, stepStatus, type InitStep} from '../../../src/app/init/init.js'
import {isPlanledgerHook} from '../../../src/app/init/init-hook-script.js'
import {fakePorts, runner} from './fake-init-ports.js'

describe('planInit', () => {
  it('plans the config with the detected ledgers and the hook, both as new files', async () => {
    const {ports, created, removed} = fakePorts({})
    const plan = await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)
    assert.deepEqual(
      plan.steps.map((step) => [step.name, step.path, step.action]),
      [
        ['config', '.planledger.json', 'create'],
        ['pre-commit-hook', '.git/hooks/pre-commit', 'create'],
      ],
    )
    assert.deepEqual(plan.config, {fixPlan: 'docs/fix_plan.md', findings: 'docs/findings.md', plans: ['plans/active/**/*.md']})
    assert.equal(plan.steps[0].reason, 'fixPlan docs/fix_plan.md, findings docs/findings.md, plans plans/active/**/*.md')
    assert.deepEqual(plan.changes.map((change) => change.before), ['', ''])
    assert.deepEqual(JSON.parse(plan.changes[0].after), plan.config)
    assert.ok(plan.changes[1].after.includes("script='/opt/planledger/bin/run.js'"))
    assert.equal(created.length, 0, 'planning writes nothing')
    await plan.changes[1].write()
    assert.deepEqual(created, [{path: '.git/hooks/pre-commit', text: plan.changes[1].after}])
    await plan.changes[1].restore?.()
    assert.deepEqual(removed, ['.git/hooks/pre-commit'], 'a hook written before a failed write is taken back')
  })

  it('leaves an existing config unread and its own hook alone: nothing to change', async () => {
    const first = fakePorts({})
    const hook = (await planInit({cwd: '/repo', runner, mergeDriver: false}, first.ports)).changes[1].after
    const {ports, calls} = fakePorts({'/repo/.planledger.json': '{not json', '/repo/.git/hooks/pre-commit': hook})
    const plan = await planInit({cwd: '/repo', runner: {node: '/other/node', script: '/other/run.js'}, mergeDriver: false}, ports)
    assert.deepEqual(plan.changes, [])
    assert.equal(plan.config, undefined)
    assert.equal(calls.detect, 0)
    assert.deepEqual(plan.steps.map((step) => step.reason), ['already exists, left as it is', "planledger's hook is already installed"])
  })

  it("leaves someone else's hook alone and says which line to add", async () => {
    const {ports} = fakePorts({'/repo/.git/hooks/pre-commit': '#!/bin/sh\nnpx lint-staged\n'})
    const plan = await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)
    assert.equal(plan.changes.length, 1)
    assert.equal(plan.changes[0].path, '.planledger.json')
    const hookStep = plan.steps[1]
    assert.equal(hookStep.action, 'skip')
    assert.match(hookStep.reason, /^a pre-commit hook planledger did not write is already there; left as it is$/)
    assert.equal(hookStep.lineToAdd, 'planledger check --staged --quiet || exit $?')
  })

  it('asks for no line when that hook already runs the check', async () => {
    const {ports} = fakePorts({'/repo/.git/hooks/pre-commit': '#!/bin/sh\nplanledger check --staged || exit $?\n'})
    const step = (await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)).steps[1]
    assert.equal(step.reason, 'the existing hook already runs planledger check --staged')
    assert.equal(step.lineToAdd, undefined)
  })

  it('writes into the core.hooksPath folder and says so', async () => {
    const {ports} = fakePorts({}, {hooksDir: '/repo/.githooks', hooksPathSetting: '.githooks'})
    const plan = await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)
    assert.equal(plan.steps[1].path, '.githooks/pre-commit')
    assert.equal(plan.steps[1].reason, 'runs planledger check --staged before each commit (core.hooksPath is .githooks)')
    assert.ok(isPlanledgerHook(plan.changes[1].after))
  })

  it('says when core.hooksPath points outside the repository', async () => {
    const {ports} = fakePorts({}, {hooksDir: '/home/me/.githooks', hooksPathSetting: '~/.githooks'})
    const plan = await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)
    assert.equal(plan.steps[1].path, '../home/me/.githooks/pre-commit')
    assert.equal(plan.steps[1].reason, 'runs planledger check --staged before each commit (core.hooksPath is ~/.githooks, outside this repository)')
  })

  it('shows paths relative to a subfolder it runs in', async () => {
    const {ports} = fakePorts({})
    const plan = await planInit({cwd: '/repo/docs', runner, mergeDriver: false}, ports)
    assert.deepEqual(plan.changes.map((change) => change.path), ['../.planledger.json', '../.git/hooks/pre-commit'])
  })
})

describe('preCommitHookPath', () => {
  it("targets husky's .husky/pre-commit rather than its generated .husky/_ stubs", () => {
    assert.equal(preCommitHookPath({root: '/r', hooksDir: '/r/.husky/_', hooksPathSetting: '.husky/_'}), '/r/.husky/pre-commit')
    assert.equal(preCommitHookPath({root: '/r', hooksDir: '/r/.husky', hooksPathSetting: '.husky'}), '/r/.husky/pre-commit')
    assert.equal(preCommitHookPath({root: '/r', hooksDir: '/r/tools/_'}), '/r/tools/_/pre-commit')
  })
})

describe('stepStatus', () => {
  const create: InitStep = {name: 'config', path: '.planledger.json', action: 'create', reason: ''}
  const skip: InitStep = {...create, action: 'skip'}

  it('follows what happened to the planned changes', () => {
    assert.equal(stepStatus(create, 'written'), 'created')
    assert.equal(stepStatus(create, 'dry-run'), 'would-create')
    assert.equal(stepStatus(create, 'declined'), 'not-created')
    assert.equal(stepStatus(skip, 'written'), 'skipped')
    assert.equal(stepStatus(skip, 'unchanged'), 'skipped')
    const update: InitStep = {...create, action: 'update'}
    assert.deepEqual(
      (['written', 'dry-run', 'declined'] as const).map((outcome) => stepStatus(update, outcome)),
      ['updated', 'would-update', 'not-updated'],
    )
  })
})
