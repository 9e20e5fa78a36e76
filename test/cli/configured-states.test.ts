import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

// `states` in .planledger.json adds markers. Every command reads them, not only check: a team that
// writes `[~]` for partial rows gets them picked by next, ticked by tick and accepted by check.
const PLAN = 'plans/active/TEST-PYTORCH-001/implementation.md'

describeWithCorpus('configured state markers', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
    const plan = join(root, PLAN)
    // C3 is the `[P]` row; write it the team's way.
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^(\| C3 \|.*?)\[P\]/m, '$1[~]'))
  })
  afterEach(() => removeScenario(root))

  const configure = () => writeFileSync(join(root, '.planledger.json'), JSON.stringify({states: {partial: ['~']}}))

  it('next takes a configured marker for its state', async () => {
    configure()
    const result = await runCli(['next', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const {row} = JSON.parse(result.stdout)
    assert.deepEqual([row.id, row.state, row.marker], ['C3', 'partial', '~'])
  })

  it('without the config the same marker is unknown, and check says which markers it expected', async () => {
    const result = await runCli(['check', '--format', 'json'], {cwd: root})
    const unknown = JSON.parse(result.stdout).problems.filter((problem: {rule: string}) => problem.rule === 'unknown-state')
    assert.equal(unknown.length, 1)
    assert.match(unknown[0].message, /`\[~\]`.*C3/)
    configure()
    const configured = await runCli(['check', '--format', 'json'], {cwd: root})
    assert.deepEqual(JSON.parse(configured.stdout).problems.filter((problem: {rule: string}) => problem.rule === 'unknown-state'), [])
  })

  it('tick turns a configured partial marker into [x], changing that cell only', async () => {
    configure()
    const before = readFileSync(join(root, PLAN), 'utf8')
    const result = await runCli(['tick', 'TEST-PYTORCH-001', 'C3', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const after = readFileSync(join(root, PLAN), 'utf8')
    const changed = before.split('\n').map((line, index) => [line, after.split('\n')[index]]).filter(([a, b]) => a !== b)
    assert.equal(changed.length, 1)
    assert.equal(changed[0][1], changed[0][0].replace('[~]', '[x]'))
  })
})
