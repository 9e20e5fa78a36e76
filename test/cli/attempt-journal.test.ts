import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/journal', import.meta.url))

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, stdio: 'ignore'})
}

function commitAll(root: string): void {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'base')
}

const journalLines = (stdout: string) => stdout.split('\n').filter((line) => line.endsWith('journal-rewritten'))

describe('planledger attempt --file JOURNAL', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
    copyFileSync(join(FIXTURES, 'oldest-first.md'), join(root, 'galph_memory.md'))
    copyFileSync(join(FIXTURES, 'newest-first.md'), join(root, 'supervisor.md'))
    writeFileSync(join(root, '.planledger.json'), JSON.stringify({journals: ['galph_memory.md', 'supervisor.md']}))
    commitAll(root)
  })
  afterEach(() => removeScenario(root))

  it('appends `## <timestamp>` + the body at the end of an oldest-first journal (timestamps out of order), then check --staged passes', async () => {
    const before = readFileSync(join(root, 'galph_memory.md'), 'utf8')
    const result = await runCli(['attempt', '--file', 'galph_memory.md', '--body', 'focus=seed state=done\nnotes=fourth', '--date', '2026-01-22T050000Z', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual([json.style, json.order, json.item], ['journal', 'oldest-first', null])
    assert.equal(readFileSync(join(root, 'galph_memory.md'), 'utf8'), before + '\n## 2026-01-22T050000Z\nfocus=seed state=done\nnotes=fourth\n')
    git(root, 'add', 'galph_memory.md')
    const check = await runCli(['check', '--staged'], {cwd: root})
    assert.deepEqual(journalLines(check.stdout), [])
  })

  it('without --date writes the clock in the journal’s own precision', async () => {
    const result = await runCli(['attempt', '--file', 'galph_memory.md', '--body', 'notes=x', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(JSON.parse(result.stdout).entry, /^## \d{4}-\d{2}-\d{2}T\d{6}Z\nnotes=x$/)
  })

  it('puts the entry on top of a newest-first journal, as `### <timestamp> (label)` + bullets', async () => {
    const before = readFileSync(join(root, 'supervisor.md'), 'utf8')
    const result = await runCli(['attempt', '--file', 'supervisor.md', '--label', 'wrap-up', '--date', '2026-02-04T11:00Z', '--body', '- closed B2', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const expected = before.replace('### 2026-02-03T10:00Z', '### 2026-02-04T11:00Z (wrap-up)\n- closed B2\n\n### 2026-02-03T10:00Z')
    assert.equal(readFileSync(join(root, 'supervisor.md'), 'utf8'), expected)
    git(root, 'add', 'supervisor.md')
    assert.deepEqual(journalLines((await runCli(['check', '--staged'], {cwd: root})).stdout), [])
  })

  it('check --staged reports an edited, a deleted and a moved entry; lines appended to the entry written last pass', async () => {
    const text = readFileSync(join(root, 'galph_memory.md'), 'utf8')
    writeFileSync(join(root, 'galph_memory.md'), text + 'next_action=ship it\n')
    git(root, 'add', 'galph_memory.md')
    assert.deepEqual(journalLines((await runCli(['check', '--staged'], {cwd: root})).stdout), [])

    writeFileSync(join(root, 'galph_memory.md'), text.replace('notes=first', 'notes=first (edited)'))
    git(root, 'add', 'galph_memory.md')
    const edited = await runCli(['check', '--staged'], {cwd: root})
    assert.equal(edited.exitCode, 1)
    assert.deepEqual(journalLines(edited.stdout), ['galph_memory.md:3:1  error  The journal entry of 2026-01-22T022725Z was edited; the journal is append-only  journal-rewritten'])

    writeFileSync(join(root, 'galph_memory.md'), text.replace('## 2026-01-22T043000Z\nfocus=seed state=planning\nnotes=second\n\n', ''))
    git(root, 'add', 'galph_memory.md')
    assert.deepEqual(journalLines((await runCli(['check', '--staged'], {cwd: root})).stdout), ['galph_memory.md:7:1  error  The journal entry of 2026-01-22T043000Z was deleted; the journal is append-only  journal-rewritten'])

    const first = '## 2026-01-22T022725Z\nfocus=INIT state=gathering_evidence\nnotes=first\n\n'
    writeFileSync(join(root, 'galph_memory.md'), text.replace(first, '') + '\n' + first.trimEnd() + '\n')
    git(root, 'add', 'galph_memory.md')
    assert.deepEqual(journalLines((await runCli(['check', '--staged'], {cwd: root})).stdout), ['galph_memory.md:11:1  error  The journal entry of 2026-01-22T022725Z was moved; the journal is append-only  journal-rewritten'])

    const newestFirst = readFileSync(join(root, 'supervisor.md'), 'utf8')
    writeFileSync(join(root, 'supervisor.md'), newestFirst + '- a late note on the oldest entry\n')
    git(root, 'add', 'galph_memory.md', 'supervisor.md')
    assert.ok(journalLines((await runCli(['check', '--staged'], {cwd: root})).stdout).some((line) => line.startsWith('supervisor.md:10:1  error  The journal entry of 2026-02-01T08:00Z was edited')))
  })

  it('refuses fix-plan-only flags on a journal: exit 2, file untouched', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['attempt', '--file', 'galph_memory.md', '--body', 'x', '--result', 'success', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.match(result.stderr, /galph_memory\.md is a journal: it takes --body, --date and --label only/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })
})
