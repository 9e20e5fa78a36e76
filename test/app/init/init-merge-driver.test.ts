import assert from 'node:assert/strict'
import {planInit} from '../../../src/app/init/init.js'
import {collaboratorCommand, DRIVER_KEY, DRIVER_NAME_KEY, driverCommand} from '../../../src/app/init/init-merge-driver.js'
import {ATTRIBUTES_COMMENT} from '../../../src/app/init/merge-attributes.js'
import {fakePorts, runner} from './fake-init-ports.js'

const CONFIG = '/repo/.planledger.json'
const ATTRIBUTES = '/repo/.gitattributes'

describe('planInit: the merge driver', () => {
  it('adds .gitattributes lines for the ledgers of the config it writes, and sets the driver in git config', async () => {
    const {ports} = fakePorts({'/repo/galph_memory.md': '## 2025-01-01\n'}, {}, {})
    const plan = await planInit({cwd: '/repo', runner}, ports)
    assert.deepEqual(
      plan.steps.map((step) => [step.name, step.path, step.action]),
      [
        ['config', '.planledger.json', 'create'],
        ['pre-commit-hook', '.git/hooks/pre-commit', 'create'],
        ['gitattributes', '.gitattributes', 'create'],
        ['merge-driver', '.git/config', 'update'],
      ],
    )
    const attributes = plan.changes.find((change) => change.path === '.gitattributes')
    assert.equal(
      attributes?.after,
      `${ATTRIBUTES_COMMENT}\ndocs/fix_plan.md merge=planledger\ndocs/findings.md merge=planledger\nplans/active/**/*.md merge=planledger\n/galph_memory.md merge=planledger\n`,
    )
    const gitConfig = plan.changes.find((change) => change.path === '.git/config')
    assert.ok(gitConfig?.locksItself, 'git config takes its own lock')
    assert.match(gitConfig?.after ?? '', /\tdriver = planledger merge-driver %O %A %B --path %P --marker-size %L\n$/)
    assert.equal(plan.steps[3].command, 'git config merge.planledger.driver "planledger merge-driver %O %A %B --path %P --marker-size %L"')
  })

  it('writes git config only when asked to, and undoes it on restore', async () => {
    const settings: Record<string, string> = {}
    const {ports} = fakePorts({}, {}, settings)
    const change = (await planInit({cwd: '/repo', runner}, ports)).changes.find((c) => c.path === '.git/config')
    assert.deepEqual(settings, {}, 'planning sets nothing')
    await change?.write()
    assert.deepEqual(settings, {[DRIVER_NAME_KEY]: 'planledger: merge the ledgers by item, row and entry', [DRIVER_KEY]: 'planledger merge-driver %O %A %B --path %P --marker-size %L'})
    await change?.restore?.()
    assert.deepEqual(settings, {})
  })

  it('keeps an existing .gitattributes byte for byte, adds only the missing lines, in its line ending', async () => {
    const existing = '\uFEFF*.png binary\r\ndocs/fix_plan.md merge=planledger \r\n# trailing comment without newline'
    const {ports} = fakePorts({[CONFIG]: '{"fixPlan": "docs/fix_plan.md", "findings": "docs/findings.md"}\n', [ATTRIBUTES]: existing})
    const plan = await planInit({cwd: '/repo', runner}, ports)
    const step = plan.steps.find((s) => s.name === 'gitattributes')
    assert.equal(step?.action, 'update')
    assert.equal(step?.reason, 'merge=planledger for docs/findings.md')
    const change = plan.changes.find((c) => c.path === '.gitattributes')
    assert.equal(change?.before, existing)
    assert.equal(change?.after, `${existing}\r\ndocs/findings.md merge=planledger\r\n`)
  })

  it('changes nothing when everything is registered (idempotent)', async () => {
    const attributes = 'docs/fix_plan.md merge=planledger\n'
    const {ports} = fakePorts({[CONFIG]: '{"fixPlan": "docs/fix_plan.md"}', [ATTRIBUTES]: attributes}, {}, {[DRIVER_KEY]: driverCommand({localBin: false, onPath: true}, runner)})
    const plan = await planInit({cwd: '/repo', runner}, ports)
    assert.deepEqual(plan.changes.filter((c) => c.path !== '.git/hooks/pre-commit'), [])
    assert.deepEqual(
      plan.steps.slice(2).map((s) => [s.action, s.reason]),
      [
        ['skip', 'the ledgers already merge with planledger: docs/fix_plan.md'],
        ['skip', 'merge.planledger.driver is already set'],
      ],
    )
  })

  it("leaves someone else's driver setting alone and says so", async () => {
    const {ports} = fakePorts({[CONFIG]: '{}'}, {}, {[DRIVER_KEY]: 'my-merger %A %O %B'})
    const step = (await planInit({cwd: '/repo', runner}, ports)).steps[3]
    assert.equal(step.action, 'skip')
    assert.equal(step.reason, 'merge.planledger.driver is already set (to my-merger %A %O %B); left as it is')
  })

  it('registers nothing for defaults that do not exist, and says so', async () => {
    const {ports} = fakePorts({[CONFIG]: '{}'})
    const step = (await planInit({cwd: '/repo', runner}, ports)).steps[2]
    assert.deepEqual([step.action, step.reason], ['skip', 'no ledgers found to register'])
  })

  it('skips the attributes with the reason when the existing config is broken, and still registers the driver', async () => {
    const {ports} = fakePorts({[CONFIG]: '{not json'})
    const plan = await planInit({cwd: '/repo', runner}, ports)
    assert.equal(plan.steps[2].action, 'skip')
    assert.match(plan.steps[2].reason, /^\.planledger\.json:1:2: invalid JSON: .*; fix it and run planledger init again$/)
    assert.equal(plan.steps[3].action, 'update')
  })

  it('--no-merge-driver (mergeDriver false) plans neither step', async () => {
    const {ports} = fakePorts({})
    const plan = await planInit({cwd: '/repo', runner, mergeDriver: false}, ports)
    assert.deepEqual(plan.steps.map((s) => s.name), ['config', 'pre-commit-hook'])
    assert.ok(plan.changes.every((c) => !c.path.includes('.gitattributes') && !c.path.endsWith('config')))
  })
})

describe('the driver command', () => {
  it('uses a pinned planledger, else one on PATH, else the copy that ran init', () => {
    const args = 'merge-driver %O %A %B --path %P --marker-size %L'
    assert.equal(driverCommand({localBin: true, onPath: true}, runner), `node_modules/.bin/planledger ${args}`)
    assert.equal(driverCommand({localBin: false, onPath: true}, runner), `planledger ${args}`)
    assert.equal(driverCommand({localBin: false, onPath: false}, runner), `'/usr/bin/node' '/opt/planledger/bin/run.js' ${args}`)
  })

  it('tells collaborators a command without this machine’s paths', () => {
    assert.equal(collaboratorCommand({localBin: false}), 'git config merge.planledger.driver "planledger merge-driver %O %A %B --path %P --marker-size %L"')
    assert.equal(collaboratorCommand({localBin: true}), 'git config merge.planledger.driver "node_modules/.bin/planledger merge-driver %O %A %B --path %P --marker-size %L"')
  })
})
