import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {applyChanges, type ApplyPorts, type PlannedChange} from '../../src/app/apply-change.js'
import {planPlanClose} from '../../src/app/plan-close.js'
import {loadProjectConfig} from '../../src/io/find-config.js'
import {renderDiff} from '../../src/render/diff-preview.js'
import {makeOwnScenario, removeScenario, snapshotFiles} from '../cli/run-cli.js'

const YES = {yes: true, dryRun: false}
const PORTS: ApplyPorts = {interactive: false, color: false, renderDiff, showPreview: () => undefined, confirm: async () => false}

describe('plan close: all or nothing', () => {
  let root: string
  let cwd: string
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {cwd: root, encoding: 'utf8'})
  beforeEach(() => {
    root = makeOwnScenario()
    git('add', '-A')
    git('commit', '-q', '-m', 'scenario')
    cwd = process.cwd()
    process.chdir(root) // planned changes name cwd-relative paths, as under the CLI
  })
  afterEach(() => {
    process.chdir(cwd)
    removeScenario(root)
  })

  /** The change at `index` fails to write, as a full disk would make it. */
  const failingAt = (changes: PlannedChange[], index: number) => changes.map((change, at) => (at === index ? {...change, write: async () => Promise.reject(new Error('disk full'))} : change))

  for (const [label, pick] of [
    ['the last ledger', (changes: PlannedChange[]) => changes.length - 1],
    ['a moved file', (changes: PlannedChange[]) => changes.findIndex((change) => change.path.startsWith('plans/archive/') && change.rename === undefined && change.path.endsWith('plan.md'))],
  ] as const) {
    it(`when writing ${label} fails, every file, the move and git's index are put back`, async () => {
      const files = snapshotFiles(root)
      const index = git('ls-files', '-s')
      const project = await loadProjectConfig(root)
      const outcome = await planPlanClose(project, 'TEST-PYTORCH-001')
      const at = pick(outcome.changes)
      assert.ok(at > 1, 'a change after the move and after another edit fails')
      await assert.rejects(applyChanges(failingAt(outcome.changes, at), YES, PORTS), /^Error: disk full$/)
      assert.deepEqual(snapshotFiles(root), files)
      assert.equal(git('ls-files', '-s'), index)
      assert.equal(git('status', '--porcelain'), '')
      assert.equal(existsSync(join(root, 'plans/archive')), false)
    })
  }
})
