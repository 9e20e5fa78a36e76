import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {BIN, makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

/** Git without the machine's own configuration (a global core.hooksPath would move the hook). */
const GIT_ENV = {GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmpdir()}
const HOOK = '.git/hooks/pre-commit'

const init = (args: string[], cwd: string) => runCli(['init', ...args], {cwd, env: GIT_ENV})

describeWithCorpus('planledger init', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  it('sets up the seed scenario, and a second run changes nothing', async () => {
    const first = await init(['--yes'], root)
    assert.equal(first.exitCode, 0, first.stderr)
    assert.deepEqual(JSON.parse(readFileSync(join(root, '.planledger.json'), 'utf8')), {
      fixPlan: 'docs/fix_plan.md',
      findings: 'docs/findings.md',
      plans: ['plans/active/**/*.md'],
    })
    const hook = readFileSync(join(root, HOOK), 'utf8')
    assert.equal(statSync(join(root, HOOK)).mode & 0o777, 0o755)
    assert.ok(hook.startsWith('#!/bin/sh\n# planledger-hook: pre-commit'))
    assert.ok(hook.includes(`script='${BIN}'`), 'the hook falls back to this checkout')
    assert.match(first.stdout, /^\.planledger\.json: created — fixPlan docs\/fix_plan\.md, findings docs\/findings\.md, plans plans\/active\/\*\*\/\*\.md$/m)
    assert.match(first.stdout, /^\.git\/hooks\/pre-commit: created — runs planledger check --staged before each commit$/m)
    assert.match(first.stdout, /^\+\{$/m, 'the new config is shown as a diff from empty')

    const files = snapshotFiles(root)
    const hookStat = statSync(join(root, HOOK))
    const second = await init(['--yes'], root)
    assert.equal(second.exitCode, 0, second.stderr)
    assert.equal(
      second.stdout,
      [
        '.planledger.json: skipped — already exists, left as it is',
        ".git/hooks/pre-commit: skipped — planledger's hook is already installed",
        '.gitattributes: skipped — the ledgers already merge with planledger: docs/fix_plan.md, docs/findings.md, plans/active/**/*.md',
        '.git/config: skipped — merge.planledger.driver is already set',
        '  git config is not committed: collaborators run git config merge.planledger.driver "planledger merge-driver %O %A %B --path %P --marker-size %L"',
        'Everything is already set up.',
        '',
      ].join('\n'),
    )
    assert.deepEqual(snapshotFiles(root), files)
    assert.equal(readFileSync(join(root, HOOK), 'utf8'), hook)
    assert.equal(statSync(join(root, HOOK)).mtimeMs, hookStat.mtimeMs)
  })

  it("leaves someone else's hook alone and prints the line to add", async () => {
    const foreign = '#!/bin/sh\nnpx lint-staged\n'
    writeFileSync(join(root, HOOK), foreign, {mode: 0o755})
    const result = await init(['--yes'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(readFileSync(join(root, HOOK), 'utf8'), foreign)
    assert.match(result.stdout, /^\.git\/hooks\/pre-commit: skipped — a pre-commit hook planledger did not write is already there; left as it is$/m)
    assert.ok(result.stdout.includes(`  add this line to it: '${process.execPath}' '${BIN}' check --staged --quiet || exit $?\n`), result.stdout)
    assert.ok(existsSync(join(root, '.planledger.json')))
  })

  it('--dry-run shows both new files and writes nothing', async () => {
    const files = snapshotFiles(root)
    const result = await init(['--dry-run'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^\+\+\+ b\/\.planledger\.json$/m)
    assert.match(result.stdout, /^\+\+\+ b\/\.git\/hooks\/pre-commit$/m)
    assert.match(result.stdout, /^\.planledger\.json: would be created — /m)
    assert.match(result.stdout, /^Dry run: nothing written\.$/m)
    assert.deepEqual(snapshotFiles(root), files)
    assert.equal(existsSync(join(root, HOOK)), false)
  })

  it('off a terminal without --yes: previews, writes nothing, exits 1', async () => {
    const result = await init([], root)
    assert.equal(result.exitCode, 1)
    assert.match(result.stderr, /not applied: stdin is not a terminal/)
    assert.equal(existsSync(join(root, '.planledger.json')), false)
    assert.equal(existsSync(join(root, HOOK)), false)
  })

  it('--json says what was created and skipped, and why', async () => {
    writeFileSync(join(root, '.planledger.json'), '{}\n')
    const result = await init(['--yes', '--json'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.equal(json.outcome, 'written')
    assert.equal(json.config, null)
    assert.deepEqual(json.steps, [
      {name: 'config', path: '.planledger.json', status: 'skipped', reason: 'already exists, left as it is', lineToAdd: null, command: null},
      {name: 'pre-commit-hook', path: '.git/hooks/pre-commit', status: 'created', reason: 'runs planledger check --staged before each commit', lineToAdd: null, command: null},
      {name: 'gitattributes', path: '.gitattributes', status: 'created', reason: 'merge=planledger for docs/fix_plan.md, docs/findings.md, plans/active/**/*.md', lineToAdd: null, command: null},
      {
        name: 'merge-driver',
        path: '.git/config',
        status: 'updated',
        reason: 'sets merge.planledger.driver: git merges the ledgers .gitattributes marks with planledger merge-driver',
        lineToAdd: null,
        command: 'git config merge.planledger.driver "planledger merge-driver %O %A %B --path %P --marker-size %L"',
      },
    ])
    assert.match(json.diff, /^\+\+\+ b\/\.git\/hooks\/pre-commit$/m)
    assert.equal(readFileSync(join(root, '.planledger.json'), 'utf8'), '{}\n')
  })

  it('installs into core.hooksPath, from a subfolder', async () => {
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], {cwd: root, env: {...process.env, ...GIT_ENV}})
    const result = await init(['--yes'], join(root, 'docs'))
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^\.\.\/\.githooks\/pre-commit: created — runs planledger check --staged before each commit \(core\.hooksPath is \.githooks\)$/m)
    assert.equal(statSync(join(root, '.githooks/pre-commit')).mode & 0o777, 0o755)
    assert.equal(existsSync(join(root, HOOK)), false)
    assert.ok(existsSync(join(root, '.planledger.json')))
  })

  it('outside a git repository: one-line error, exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'planledger-nogit-'))
    try {
      const result = await init(['--yes'], folder)
      assert.equal(result.exitCode, 2)
      assert.equal(result.stderr, `planledger: not a git repository: ${folder}\nhint: run planledger init inside a git repository (git init first)\n`)
      assert.equal(existsSync(join(folder, '.planledger.json')), false)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describeWithCorpus('the installed hook, end to end', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  // planledger must not be found on PATH, so the hook runs this checkout (the recorded fallback).
  const path = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '' && !existsSync(join(folder, 'planledger'))).join(delimiter)
  const gitEnv = {...process.env, ...GIT_ENV, PATH: path, NO_COLOR: '1'}
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], {cwd: root, env: gitEnv, encoding: 'utf8'})
  const head = () => git('rev-parse', 'HEAD').stdout.trim()
  const addAttempt = (findings: string) => {
    const file = join(root, 'docs/fix_plan.md')
    const anchor = '    Next Actions: Phase D1 runtime profile; D2 ledger/doc alignment.\n'
    const text = readFileSync(file, 'utf8')
    assert.ok(text.includes(anchor))
    writeFileSync(file, text.replace(anchor, `${anchor}  * [2025-10-20] Attempt #8 — Phase D1 runtime profile recorded. Findings: ${findings}.\n`))
  }

  it('blocks a commit citing an unknown finding and lets a clean one through', async () => {
    const setup = await init(['--yes'], root)
    assert.equal(setup.exitCode, 0, setup.stderr)
    assert.equal(git('add', '-A').status, 0)
    const seed = git('commit', '-q', '-m', 'seed ledgers')
    assert.equal(seed.status, 0, `committing the seed ledgers: ${seed.stderr}`)
    const seeded = head()

    addAttempt('POLICY-999')
    git('add', 'docs/fix_plan.md')
    const blocked = git('commit', '-q', '-m', 'cite an unknown finding')
    assert.notEqual(blocked.status, 0, 'the hook blocks the commit')
    assert.match(blocked.stderr, /docs\/fix_plan\.md:\d+:\d+ +error +.*POLICY-999.* +unknown-finding/)
    assert.equal(head(), seeded)

    git('checkout', '-q', 'HEAD', '--', 'docs/fix_plan.md')
    addAttempt('POLICY-001')
    git('add', 'docs/fix_plan.md')
    const clean = git('commit', '-q', '-m', 'cite a known finding')
    assert.equal(clean.status, 0, clean.stderr)
    assert.notEqual(head(), seeded)
  })
})
