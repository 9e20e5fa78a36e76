import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli, snapshotFiles} from './run-cli.js'

const BACKLOG = ['# Backlog', '', '- [ ] Retry the flaky upload', '- [ ] Rotate the upload keys', '- [x] Write the README', '  1. [ ] nested: upload docs', ''].join('\n')

describe('planledger tick --match (backlogs without IDs)', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-match-'))
    mkdirSync(join(root, 'plans'))
    writeFileSync(join(root, 'plans/backlog.md'), BACKLOG)
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  it('ticks the one item containing the text, case-insensitively, and only its line', async () => {
    const result = await runCli(['tick', 'plans/backlog.md', '--match', 'FLAKY upload', '--note', 'Fixed', '--date', '2026-11-29', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const lines = BACKLOG.split('\n')
    lines[2] = '- [x] Retry the flaky upload ✅ 2026-11-29 — Fixed.'
    assert.equal(readFileSync(join(root, 'plans/backlog.md'), 'utf8'), lines.join('\n'))
    assert.deepEqual(JSON.parse(result.stdout).files[0].changed.map((change: {id: unknown; line: number}) => [change.id, change.line]), [[null, 3]])
  })

  it('several matches: exit 2, lists them, changes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['tick', 'plans/backlog.md', '--match', 'upload', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(
      result.stderr.split('\n')[0],
      'planledger: `upload` matches 3 rows: plans/backlog.md:3 “Retry the flaky upload”, plans/backlog.md:4 “Rotate the upload keys”, plans/backlog.md:6 “nested: upload docs”',
    )
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('no match: exit 2, suggests open rows, changes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['tick', 'plans/backlog.md', '--match', 'deploy', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr.split('\n')[0], 'planledger: No row in plans/backlog.md contains `deploy`')
    assert.match(result.stderr, /hint: open rows: plans\/backlog.md:3 “Retry the flaky upload”/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('IDs and --match together, or neither: exit 2', async () => {
    const both = await runCli(['tick', 'plans/backlog.md', 'A1', '--match', 'x', '--yes'], {cwd: root})
    assert.equal(both.stderr.split('\n')[0], 'planledger: Give row IDs or --match, not both')
    const neither = await runCli(['tick', 'plans/backlog.md', '--yes'], {cwd: root})
    assert.deepEqual([neither.exitCode, neither.stderr.split('\n')[0]], [2, 'planledger: No rows named'])
  })
})
