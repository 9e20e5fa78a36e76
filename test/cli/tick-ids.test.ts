import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli, snapshotFiles} from './run-cli.js'

// The ID shapes other teams' checklists use: bold IDs with and without a colon, hyphenated IDs, numbered bold titles.
const CHECKLIST = [
  '# Fix plan',
  '',
  '- [ ] **T-300**: Fix linting issues',
  '- [x] **P1.1** Implement the config loader',
  '- [ ] CR-01: Fix create_column unchecked name',
  '- [ ] C-01: Tighten the column check',
  '- [ ] P0-1: Retry pending uploads',
  '- [ ] **1. Kill Switch**: Halt the bot',
  '- [ ] **2. Loss Limit**: Stop the bleeding',
  '',
].join('\n')

const TABLE = ['# Plan', '', '| ID | State | How/Why |', '| --- | --- | --- |', '| **A1** | [ ] | Build it |', '| **A2** | [ ] | Ship it |', ''].join('\n')

describe('planledger tick: row IDs as other teams write them', () => {
  let root: string
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const tick = (...args: string[]) => runCli(['tick', ...args, '--date', '2026-11-29', '--yes'], {cwd: root})
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-ids-'))
    write('fix_plan.md', CHECKLIST)
    write('plans/table.md', TABLE)
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  for (const [id, line] of [['T-300', 2], ['P1.1', 3], ['CR-01', 4], ['C-01', 5], ['P0-1', 6], ['1', 7]] as const) {
    it(`ticks ${id} in a checklist, changing only its line`, async () => {
      const result = await tick('fix_plan.md', id, '--state', 'partial', '--note', 'Done')
      assert.equal(result.exitCode, 0, result.stderr)
      const lines = CHECKLIST.split('\n')
      lines[line] = lines[line].replace(/\[[ x]\]/, '[P]') + ' ✅ 2026-11-29 — Done.'
      assert.equal(read('fix_plan.md'), lines.join('\n'))
    })
  }

  it('expands a range over numbered bold titles', async () => {
    const result = await runCli(['tick', 'fix_plan.md', '1-2', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual(JSON.parse(result.stdout).files[0].changed.map((change: {id: string}) => change.id), ['1', '2'])
  })

  it('finds a bold table ID cell', async () => {
    const result = await tick('plans/table.md', 'A2', '--note', 'Shipped')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read('plans/table.md'), TABLE.replace('| **A2** | [ ] | Ship it |', '| **A2** | [x] | Ship it ✅ 2026-11-29 — Shipped. |'))
  })

  it('names a missing hyphenated ID whole, with a suggestion, and writes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await tick('fix_plan.md', 'CR-02')
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr.split('\n')[0], 'planledger: Unknown row `CR-02`')
    assert.match(result.stderr, /hint: did you mean CR-01/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('prefers the file whose row has the ID over a range reading of it in another plan of the initiative', async () => {
    const initiative = 'plans/active/X'
    write(`${initiative}/implementation.md`, ['| ID | State | Notes |', '| --- | --- | --- |', '| C | [ ] | a |', '| 01 | [ ] | b |', '', `Sub-plan: \`${initiative}/reports/sub.md\``, ''].join('\n'))
    write(`${initiative}/reports/sub.md`, ['- [ ] C-01: the row named by the argument', ''].join('\n'))
    const result = await runCli(['tick', 'X', 'C-01', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const files = JSON.parse(result.stdout).files
    assert.deepEqual(files.map((file: {path: string; changed: Array<{id: string}>}) => [file.path, file.changed.map((change) => change.id)]), [[`${initiative}/reports/sub.md`, ['C-01']]])
  })

  it('refuses an ID two rows of the plan carry, naming both lines, and writes nothing', async () => {
    write('fix_plan.md', CHECKLIST + '- [ ] **T-300**: Fix linting again\n')
    const snapshot = snapshotFiles(root)
    const result = await tick('fix_plan.md', 'T-300', '--note', 'x')
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr.split('\n')[0], 'planledger: Row ID `T-300` is ambiguous: rows at lines 3 and 10 of fix_plan.md')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })
})
