import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'

describe('planledger item add', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const checkExit = async (path = FIX_PLAN) => (await runCli(['check', path], {cwd: root})).exitCode

  it('writes the item after the last one and its index row, in the file style; check still passes', async () => {
    const checkBefore = await checkExit()
    const before = read(FIX_PLAN)
    const result = await runCli(['item', 'add', 'DATA-LOADER-003', '--title', 'Cache decoded batches', '--priority', 'Low', '--depends-on', 'DATA-LOADER-002', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, '')
    const indexRow = '| [DATA-LOADER-003](#data-loader-003-cache-decoded-batches) | Cache decoded batches | Low | pending |'
    const item = ['', '## [DATA-LOADER-003] Cache decoded batches', '- Depends on: DATA-LOADER-002', '- Priority: Low', '- Status: pending', '- Owner/Date: —', '- Attempts History:', '  * (none yet)']
    const lines = before.split('\n')
    const indexAt = lines.findIndex((line) => line.startsWith('| [INTEGRATE-PYTORCH-001]')) + 1
    let last = lines.length - 1
    while (lines[last - 1].trim() === '') last--
    const expected = [...lines.slice(0, indexAt), indexRow, ...lines.slice(indexAt, last), ...item, ...lines.slice(last)]
    assert.deepEqual(read(FIX_PLAN).split('\n'), expected)
    assert.match(result.stdout, /^\+## \[DATA-LOADER-003\] Cache decoded batches$/m)
    assert.match(result.stdout, /Wrote docs\/fix_plan\.md\.\n$/)
    assert.equal(await checkExit(), checkBefore)
    assert.equal(checkBefore, 0)
  })

  it('refuses a duplicate ID in one line naming the existing item, writing nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['item', 'add', 'data-loader-002', '--title', 'again', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, `planledger: Item DATA-LOADER-002 already exists in ${FIX_PLAN} (line 27)\nhint: pick another ID, or edit the existing item with planledger set\n`)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('warns about an ID of another shape, and --json --dry-run reports the plan without writing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['item', 'add', 'misc7', '--title', 'Odd one', '--status', 'blocked', '--after', 'TEST-PYTORCH-001', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stderr, /^planledger: warning: ID `misc7` is not shaped like the file's other IDs/m)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {
      outcome: 'dry-run',
      file: FIX_PLAN,
      id: 'misc7',
      dialect: 'bracketed-headings',
      line: 28,
      text: '## [misc7] Odd one\n- Depends on: —\n- Priority: —\n- Status: blocked\n- Owner/Date: —\n- Attempts History:\n  * (none yet)',
      indexLine: 11,
      warnings: ["ID `misc7` is not shaped like the file's other IDs (TEST-PYTORCH-001, DATA-LOADER-002, INTEGRATE-PYTORCH-001)"],
      diff: undefined,
    })
    assert.match(json.diff, /^\+\| \[misc7\]\(#misc7-odd-one\) \| Odd one \| — \| blocked \|$/m)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('adds a checklist line to a checklist fix plan, CRLF kept, and check passes', async () => {
    const path = 'docs/todo_plan.md'
    const text = ['# Plan', '', '## Phase 1', '- [x] **T-1**: first', '- [ ] **T-2**: second', '', '## Done', '- [x] **T-0**: zero', ''].join('\r\n')
    writeFileSync(join(root, path), text)
    const result = await runCli(['item', 'add', 'T-3', '--title', 'third', '--file', path, '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(path), text.replace('second\r\n', 'second\r\n- [ ] **T-3**: third\r\n'))
    assert.equal(await checkExit(path), 0)
  })

  it('refuses a missing --title and an unknown --after with exit 2, writing nothing', async () => {
    const snapshot = snapshotFiles(root)
    const missing = await runCli(['item', 'add', 'NEW-001', '--yes'], {cwd: root})
    assert.deepEqual([missing.exitCode, missing.stderr.split('\n')[0]], [2, 'planledger: No --title for NEW-001'])
    const after = await runCli(['item', 'add', 'NEW-001', '--title', 'x', '--after', 'DATA-LOADER-02', '--yes'], {cwd: root})
    assert.equal(after.exitCode, 2)
    assert.match(after.stderr, /^planledger: Unknown fix-plan item `DATA-LOADER-02`.*\nhint: did you mean DATA-LOADER-002/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('adds an item without an ID to a plain checklist, --before the first one and ticked, and says so in JSON', async () => {
    const path = 'fix_plan.md'
    const text = ['# Fix plan', '', '- [ ] Build the homepage', '- [x] Ship search', ''].join('\n')
    writeFileSync(join(root, path), text)
    const result = await runCli(['item', 'add', '--title', 'Set up CI', '--before', 'Build the homepage', '--status', 'done', '--file', path, '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout) as {id: string | null; line: number; text: string}
    assert.deepEqual([json.id, json.line, json.text], [null, 3, '- [x] Set up CI'])
    assert.equal(read(path), text.replace('- [ ] Build', '- [x] Set up CI\n- [ ] Build'))
    const again = await runCli(['item', 'add', '--title', 'set up ci', '--file', path, '--yes'], {cwd: root})
    assert.deepEqual([again.exitCode, again.stderr.split('\n')[0]], [2, 'planledger: An item titled `set up ci` already exists in fix_plan.md (line 3)'])
  })
})
