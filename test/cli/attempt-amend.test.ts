import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const PLAN = 'docs/fix_plan.md'
const NEWEST = '    Next Actions: Phase D runtime profile (D1.A–C).'

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, stdio: 'ignore'})
}

function commitAll(root: string): void {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
}

/** The text with `added` inserted after the line equal to `after`. */
function inserted(text: string, after: string, added: string[]): string {
  const lines = text.split('\n')
  const at = lines.indexOf(after)
  assert.ok(at >= 0, `${after} not found`)
  return [...lines.slice(0, at + 1), ...added, ...lines.slice(at + 1)].join('\n')
}

describe('planledger attempt --amend', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
    commitAll(root)
  })
  afterEach(() => removeScenario(root))

  it('adds continuation lines after the newest entry, at its column, and check --staged passes', async () => {
    const before = readFileSync(join(root, PLAN), 'utf8')
    const result = await runCli(['attempt', 'TEST-PYTORCH-001', '--amend', '--body', 'Final metrics: 35.2s median.\n- nested: 3 runs', '--result', 'success', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.equal(json.amended, true)
    assert.equal(json.number, 2)
    const after = readFileSync(join(root, PLAN), 'utf8')
    assert.equal(after, inserted(before, NEWEST, ['    Final metrics: 35.2s median. Result: success.', '    - nested: 3 runs']))
    git(root, 'add', PLAN)
    const check = await runCli(['check', '--staged'], {cwd: root})
    assert.doesNotMatch(check.stdout, /history-rewritten/)
  })

  it('check --staged still reports an edit to the newest entry’s existing text', async () => {
    writeFileSync(join(root, PLAN), inserted(readFileSync(join(root, PLAN), 'utf8'), NEWEST, ['    Final: done.']).replace('41 s on CPU', '40 s on CPU'))
    git(root, 'add', PLAN)
    const check = await runCli(['check', '--staged'], {cwd: root})
    assert.equal(check.exitCode, 1)
    assert.match(check.stdout, /Attempt #2 of \[TEST-PYTORCH-001\] was edited; the Attempts History is append-only +history-rewritten/)
  })

  it('check --staged reports lines appended to an older entry', async () => {
    const before = readFileSync(join(root, PLAN), 'utf8')
    const attempt1 = before.split('\n').find((line) => line.includes('Attempt #1 —'))!
    writeFileSync(join(root, PLAN), inserted(before, attempt1, ['    Late note.']))
    git(root, 'add', PLAN)
    const check = await runCli(['check', '--staged'], {cwd: root})
    assert.equal(check.exitCode, 1)
    assert.match(check.stdout, /Attempt #1 of \[TEST-PYTORCH-001\] was edited/)
  })

  it('an item without entries: exit 2, says so, file untouched', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['attempt', 'DATA-LOADER-002', '--amend', '--body', 'x', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr.split('\n')[0], 'planledger: docs/fix_plan.md:27: [DATA-LOADER-002] has no Attempts History entry to amend')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('amends a heading-style entry with a paragraph of its own, and check --staged passes', async () => {
    const text = '# Plan\n\n## Attempts History\n\n### 2026-01-22T02:40Z — seed S1\n\nFirst entry.\n\n### 2026-01-23T02:40Z — seed S2\n\n**Action:** ran it.\n- metric pending\n\n## Notes\n'
    writeFileSync(join(root, 'headings_fix_plan.md'), text)
    commitAll(root)
    const result = await runCli(['attempt', '--file', 'headings_fix_plan.md', '--amend', '--body', '**Final:** 0.93 SSIM', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(readFileSync(join(root, 'headings_fix_plan.md'), 'utf8'), text.replace('- metric pending\n', '- metric pending\n\n**Final:** 0.93 SSIM\n'))
    git(root, 'add', 'headings_fix_plan.md')
    const check = await runCli(['check', '--staged', 'headings_fix_plan.md'], {cwd: root})
    assert.doesNotMatch(check.stdout, /history-rewritten/)
    // The rule does judge this file: the same paragraph added to the older entry is reported.
    writeFileSync(join(root, 'headings_fix_plan.md'), text.replace('First entry.\n', 'First entry.\n\n**Final:** 0.93 SSIM\n'))
    git(root, 'add', 'headings_fix_plan.md')
    const older = await runCli(['check', '--staged', 'headings_fix_plan.md'], {cwd: root})
    assert.match(older.stdout, /The entry of 2026-01-22T02:40Z in the file's Attempts History was edited/)
  })
})
