import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const PLAN = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'

/**
 * Ledgers and artifacts must lie inside the repository once links are resolved: a config path, a
 * --file, a symlink or an --artifact leading out is refused with exit 2 and nothing is written,
 * neither in the repository nor where the path leads.
 */
describeWithCorpus('paths leading outside the repository', () => {
  let root: string
  let outside: string
  beforeEach(() => {
    root = makeScenario()
    // A folder beside the repository holding a copy of its ledgers: what a wrong path would hit.
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'planledger-outside-')))
    cpSync(join(root, 'docs'), outside, {recursive: true})
  })
  afterEach(() => {
    removeScenario(root)
    rmSync(outside, {recursive: true, force: true})
  })

  const both = () => [snapshotFiles(root), snapshotFiles(outside)]
  const fromRoot = (path: string) => relative(root, join(outside, path))

  it('refuses a configured fix plan outside the repository, for every command, writing nothing', async () => {
    writeFileSync(join(root, '.planledger.json'), JSON.stringify({fixPlan: fromRoot('fix_plan.md')}))
    const before = both()
    for (const args of [
      ['set', 'TEST-PYTORCH-001', 'Status=done', '--yes'],
      ['attempt', 'TEST-PYTORCH-001', '--body', 'ran it', '--yes'],
      ['check'],
    ]) {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 2, `${args[0]}: ${result.stderr}`)
      assert.match(result.stderr, new RegExp(`^planledger: \\.planledger\\.json: "fixPlan" \\.\\./\\S+/fix_plan\\.md resolves to ${outside}/fix_plan\\.md, outside the repository \\(\\S+\\)\nhint: set "fixPlan" to a file of this repository, e\\.g\\. docs/fix_plan\\.md\n$`))
    }
    assert.deepEqual(both(), before)
  })

  it('refuses a configured archive outside the repository before creating it', async () => {
    writeFileSync(join(root, '.planledger.json'), JSON.stringify({archive: fromRoot('new/archive.md')}))
    const before = both()
    const result = await runCli(['archive', '--ids', 'TEST-PYTORCH-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2, result.stderr)
    assert.match(result.stderr, /"archive" \S+ resolves to \S+\/new\/archive\.md, outside the repository/)
    assert.deepEqual(both(), before)
  })

  it('refuses a ledger reached through a symlink inside the repository that points outside', async () => {
    rmSync(join(root, 'docs/fix_plan.md'))
    symlinkSync(join(outside, 'fix_plan.md'), join(root, 'docs/fix_plan.md'))
    const before = both()
    const result = await runCli(['set', 'TEST-PYTORCH-001', 'Status=done', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2, result.stderr)
    assert.equal(result.stderr.split('\n')[0], `planledger: docs/fix_plan.md resolves to ${outside}/fix_plan.md, outside the repository (${realpathSync(root)})`)
    assert.match(result.stderr, /\nhint: planledger edits files of the repository it runs in/)
    assert.deepEqual(both(), before)
  })

  it('refuses --file naming a ledger outside the repository', async () => {
    const before = both()
    const result = await runCli(['finding', 'add', 'NEW-001', '--synopsis', 'x', '--file', join(outside, 'findings.md'), '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2, result.stderr)
    assert.match(result.stderr, new RegExp(`^planledger: \\S+findings\\.md resolves to ${outside}/findings\\.md, outside the repository`))
    assert.deepEqual(both(), before)
  })

  it('refuses attempt --artifact outside the repository, as tick does', async () => {
    const before = both()
    const attempt = await runCli(['attempt', 'TEST-PYTORCH-001', '--body', 'ran it', '--artifact', '../../../../../../etc/passwd', '--yes'], {cwd: root})
    assert.equal(attempt.exitCode, 2, attempt.stderr)
    assert.match(attempt.stderr, /^planledger: Artifact \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd resolves to \/etc\/passwd, outside the repository \(\S+\)\nhint: cite a file of this repository/)
    const tick = await runCli(['tick', PLAN, 'D1.A', '--artifact', '/etc/passwd', '--yes'], {cwd: root})
    assert.equal(tick.exitCode, 2, tick.stderr)
    assert.match(tick.stderr, /^planledger: Artifact \/etc\/passwd resolves to \/etc\/passwd, outside the repository/)
    assert.deepEqual(both(), before)
  })

  it('refuses an artifact under a symlinked folder that points outside, even one that does not exist yet', async () => {
    symlinkSync(outside, join(root, 'reports'))
    const before = both()
    for (const args of [
      ['tick', PLAN, 'D1.A', '--artifact', 'reports/profile.md', '--yes'],
      ['attempt', 'TEST-PYTORCH-001', '--body', 'ran it', '--artifact', 'reports/later/profile.md', '--yes'],
    ]) {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 2, `${args[0]}: ${result.stderr}`)
      assert.match(result.stderr, new RegExp(`^planledger: Artifact reports/\\S+ resolves to ${outside}/\\S+, outside the repository`))
    }
    assert.deepEqual(both(), before)
  })

  it('still accepts an artifact inside the repository reached through a link that stays inside', async () => {
    mkdirSync(join(root, 'out'))
    writeFileSync(join(root, 'out/profile.md'), 'profile\n')
    symlinkSync('out', join(root, 'reports'))
    const result = await runCli(['tick', PLAN, 'D1.A', '--artifact', 'reports/profile.md', '--note', 'done', '--date', '2026-12-01', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
  })
})

// Needs no corpus: a fresh clone runs it too.
describe('a bare repository', () => {
  let bare: string
  beforeEach(() => {
    bare = realpathSync(mkdtempSync(join(tmpdir(), 'planledger-bare-')))
    execFileSync('git', ['init', '-q', '--bare', bare])
  })
  afterEach(() => rmSync(bare, {recursive: true, force: true}))

  it('is refused by every command with exit 2: it has no work tree', async () => {
    const before = snapshotFiles(bare)
    for (const [args, cwd] of [
      [['check'], bare],
      [['check', '--staged'], bare],
      [['list'], join(bare, 'refs')],
    ] as const) {
      const result = await runCli([...args], {cwd})
      assert.equal(result.exitCode, 2, `${args.join(' ')}: ${result.stderr}`)
      assert.equal(result.stderr, `planledger: ${bare} is a bare git repository: no work tree\nhint: run planledger in a checkout of it (git clone, or git worktree add)\n`)
    }
    assert.deepEqual(snapshotFiles(bare), before)
  })

  it('a plain folder outside any repository is still a root of its own', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'planledger-plain-'))
    try {
      const result = await runCli(['check'], {cwd: plain})
      assert.equal(result.exitCode, 0, result.stderr)
    } finally {
      rmSync(plain, {recursive: true, force: true})
    }
  })
})
