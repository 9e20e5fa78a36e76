import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const FINDINGS = 'docs/findings.md'

describeWithCorpus('planledger finding add on the seed scenario', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')

  it('appends exactly one row after OVERSAMPLING-001, cells in column order, the pipe escaped', async () => {
    const before = read(FINDINGS).split('\n')
    const result = await runCli(['finding', 'add', 'NEW-001', '--synopsis', 'a | b', '--keywords', 'runtime, ci', '--date', '2025-10-20', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(FINDINGS).split('\n')
    const at = before.findIndex((line) => line.startsWith('| OVERSAMPLING-001 |')) + 1
    assert.deepEqual(after, [...before.slice(0, at), '| NEW-001 | 2025-10-20 | runtime, ci | a \\| b |  | Active |', ...before.slice(at)])
  })

  it('refuses a duplicate ID with the line of the existing one, writing nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['finding', 'add', 'FORMAT-001', '--synopsis', 'again', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: Finding FORMAT-001 already exists in docs/findings.md (line 12)\nhint: pick the next free number, or edit the existing finding\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('refuses a badly shaped ID or a missing --synopsis with exit 2, writing nothing', async () => {
    const snapshot = snapshotFiles(root)
    const shape = await runCli(['finding', 'add', 'new-1', '--synopsis', 'x', '--yes'], {cwd: root})
    assert.equal(shape.exitCode, 2)
    assert.match(shape.stderr, /^planledger: Unexpected finding ID `new-1`, expected WORD-NNN such as `POLICY-001`/)
    const missing = await runCli(['finding', 'add', 'NEW-001', '--yes'], {cwd: root})
    assert.equal(missing.exitCode, 2)
    assert.match(missing.stderr, /^planledger: No --synopsis for NEW-001\n/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('--json: file, id, line and text of the new row; --dry-run writes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['finding', 'add', 'NEW-002', '--synopsis', 'x', '--status', 'Resolved', '--date', '2025-10-21', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {outcome: 'dry-run', file: FINDINGS, id: 'NEW-002', line: 14, text: '| NEW-002 | 2025-10-21 |  | x |  | Resolved |', diff: undefined})
    assert.match(json.diff, /^\+\| NEW-002 \| 2025-10-21 \|  \| x \|  \| Resolved \|$/m)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('keeps a CRLF findings ledger CRLF, and a ledger that ends without a newline that way', async () => {
    writeFileSync(join(root, FINDINGS), read(FINDINGS).replace(/\n/g, '\r\n').replace(/\r\n$/, ''))
    const before = read(FINDINGS)
    const result = await runCli(['finding', 'add', 'NEW-003', '--synopsis', 'y', '--date', '2025-10-20', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(FINDINGS), before + '\r\n| NEW-003 | 2025-10-20 |  | y |  | Active |')
  })

  it('--file adds to another ledger; a ledger without a findings table is an error with a hint', async () => {
    writeFileSync(join(root, 'docs/other.md'), '# Other\n\n|Finding ID|Synopsis|Status|\n|---|---|---|\n|OLD-001|old|Active|\n\nTail.\n')
    const result = await runCli(['finding', 'add', 'OTHER-001', '--synopsis', 'new', '--file', 'docs/other.md', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read('docs/other.md'), '# Other\n\n|Finding ID|Synopsis|Status|\n|---|---|---|\n|OLD-001|old|Active|\n|OTHER-001|new|Active|\n\nTail.\n')

    writeFileSync(join(root, 'docs/empty.md'), '# Nothing here\n')
    const none = await runCli(['finding', 'add', 'OTHER-002', '--synopsis', 'new', '--file', 'docs/empty.md', '--yes'], {cwd: root})
    assert.equal(none.exitCode, 2)
    assert.match(none.stderr, /^planledger: No findings table in docs\/empty\.md\nhint: add a table whose header is `\| Finding ID \| Date \|/)
  })
})
