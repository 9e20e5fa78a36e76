import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeScenario, runCli} from './run-cli.js'
import {copyWritable} from '../support/writable-copy.js'

/** test/fixtures/newcomer: the home dialect as a newcomer writes it (odd statuses, plan-field aliases, an inserted field). */
const NEWCOMER = fileURLToPath(new URL('../fixtures/newcomer', import.meta.url))

function newcomerRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-newcomer-'))
  chmodSync(root, 0o755)
  copyWritable(NEWCOMER, root)
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

describe('home dialect, as a newcomer writes it', () => {
  let root: string
  beforeEach(() => {
    root = newcomerRepository()
  })
  afterEach(() => removeScenario(root))

  const json = async (args: string[]) => {
    const result = await runCli([...args, '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    return JSON.parse(result.stdout)
  }
  const ids = (list: {items: Array<{id: string}>}) => list.items.map((item) => item.id)

  describe('list --status / --priority match the leading word', () => {
    it('takes `blocked (profiling halted)` as blocked', async () => {
      assert.deepEqual(ids(await json(['list', '--status', 'blocked'])), ['LOADER-002'])
    })
    it('takes complete and completed as done', async () => {
      assert.deepEqual(ids(await json(['list', '--status', 'done'])), ['CLEANUP-004'])
      assert.deepEqual(ids(await json(['list', '--status', 'Completed'])), ['CLEANUP-004'])
    })
    it('matches a priority by its first word, not a prefix of it', async () => {
      assert.deepEqual(ids(await json(['list', '--priority', 'medium'])), ['LOADER-002'])
      assert.deepEqual(ids(await json(['list', '--priority', 'med'])), [])
    })
  })

  describe('entries after a field inserted below `- Attempts History:`', () => {
    it('are still the item\'s attempts', async () => {
      const item = await json(['show', 'EXPORT-003'])
      assert.deepEqual(item.attempts.map((attempt: {number: number}) => attempt.number), [1, 2])
      const listed = (await json(['list'])).items.find((entry: {id: string}) => entry.id === 'EXPORT-003')
      assert.equal(listed.attempts, 2)
    })
    it('make the next attempt #3, written after them', async () => {
      const result = await runCli(['attempt', 'EXPORT-003', '--body', 'Phase C traced.', '--date', '2026-11-21', '--yes'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      const lines = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8').split('\n')
      const at = lines.indexOf('  * [2026-11-19] Attempt #2 — Phase B started.')
      assert.equal(lines[at + 1], '  * [2026-11-21] Attempt #3 — Phase C traced.')
    })
  })
})
