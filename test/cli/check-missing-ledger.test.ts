import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles, type CliResult} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const ATTEMPT_6 = '  * [2025-10-19] Attempt #6 — Phase C2 GREEN'

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, encoding: 'utf8'})
}

/** Report lines of these rules only (the seed has warnings of its own). */
const linesOf = (result: CliResult, ...rules: string[]) => result.stdout.split('\n').filter((line) => rules.some((rule) => line.endsWith(`  ${rule}`)))

/**
 * A configured ledger must not vanish unnoticed: deleting one under --staged / --since is an error,
 * a rename is followed (and checked against the old text), and plain check says when the
 * configured one does not exist. `check` never writes: every file stays byte-identical.
 */
describeWithCorpus('planledger check: deleted, renamed and missing ledgers (missing-ledger)', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'seed')
  })
  afterEach(() => removeScenario(root))

  /** Runs check, asserting it wrote nothing. */
  async function check(...args: string[]): Promise<CliResult> {
    const before = snapshotFiles(root)
    const index = git(root, 'ls-files', '-s')
    const result = await runCli(['check', ...args], {cwd: root})
    assert.deepEqual(snapshotFiles(root), before)
    assert.equal(git(root, 'ls-files', '-s'), index)
    return result
  }

  it('--staged: git rm of the fix plan is an error, exit 1 (it used to pass)', async () => {
    git(root, 'rm', '-q', 'docs/fix_plan.md')
    const result = await check('--staged', '--quiet')
    assert.equal(result.exitCode, 1, result.stderr)
    assert.deepEqual(result.stdout.split('\n').filter((line) => line !== ''), [
      'docs/fix_plan.md:1:1  error  The fix plan docs/fix_plan.md was deleted (it is in HEAD); a ledger is kept, its history with it  missing-ledger',
      '    hint: restore it (git checkout HEAD -- docs/fix_plan.md); move finished items out with `planledger archive` instead',
    ])
  })

  it('--staged: deleting a configured findings ledger is an error too, with a hint to restore it', async () => {
    writeFileSync(join(root, '.planledger.json'), '{"findings": "docs/findings.md"}\n')
    git(root, 'rm', '-q', 'docs/findings.md')
    const result = await check('--staged', '--json')
    assert.equal(result.exitCode, 1, result.stderr)
    const problems = JSON.parse(result.stdout).problems.filter((problem: {rule: string}) => problem.rule === 'missing-ledger')
    assert.equal(problems.length, 1)
    assert.equal(problems[0].severity, 'error')
    assert.equal(problems[0].message, 'The findings ledger docs/findings.md was deleted (it is in HEAD); a ledger is kept, its history with it')
    assert.equal(problems[0].hint, 'restore it (git checkout HEAD -- docs/findings.md); move finished items out with `planledger archive` instead')
  })

  it('--staged: a deletion only in the work tree is not one (the index still has the file)', async () => {
    rmSync(join(root, 'docs/fix_plan.md'))
    const result = await check('--staged', '--quiet')
    assert.equal(result.exitCode, 0, result.stdout)
  })

  it('--staged: a renamed fix plan is checked at its new path against the old text, and reported until the config names it', async () => {
    git(root, 'mv', 'docs/fix_plan.md', 'docs/ledger.md')
    const renamed = await check('--staged')
    assert.equal(renamed.exitCode, 1, renamed.stderr)
    assert.deepEqual(linesOf(renamed, 'missing-ledger', 'history-rewritten'), [
      'docs/ledger.md:1:1  error  The fix plan docs/fix_plan.md was renamed to docs/ledger.md; checked there, but .planledger.json does not name it  missing-ledger',
    ])
    // Its old problems stay warnings: the new path is compared with the old path's HEAD version.
    assert.match(renamed.stdout, /^1 error, \d+ warnings in \d+ files$/m)

    const file = join(root, 'docs/ledger.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(`${ATTEMPT_6}:`, `${ATTEMPT_6} (rewritten):`))
    git(root, 'add', 'docs/ledger.md')
    const rewritten = await check('--staged', '--quiet')
    assert.equal(rewritten.exitCode, 1)
    assert.deepEqual(linesOf(rewritten, 'history-rewritten'), [
      `docs/ledger.md:28:3  error  Attempt #6 of [TEST-PYTORCH-001] was edited; the Attempts History is append-only  history-rewritten`,
    ])
  })

  it('--staged: once the config names the renamed fix plan, only rewritten history is reported', async () => {
    git(root, 'mv', 'docs/fix_plan.md', 'docs/ledger.md')
    writeFileSync(join(root, '.planledger.json'), '{"fixPlan": "docs/ledger.md"}\n')
    const clean = await check('--staged', '--quiet')
    assert.equal(clean.exitCode, 0, clean.stdout)
    const file = join(root, 'docs/ledger.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(`${ATTEMPT_6}:`, `${ATTEMPT_6} (rewritten):`))
    git(root, 'add', 'docs/ledger.md')
    const rewritten = await check('--staged', '--quiet')
    assert.equal(rewritten.exitCode, 1)
    assert.deepEqual(rewritten.stdout.split('\n').filter((line) => line !== ''), [
      `docs/ledger.md:28:3  error  Attempt #6 of [TEST-PYTORCH-001] was edited; the Attempts History is append-only  history-rewritten`,
      '    hint: restore the entry as it was and append a new entry instead',
    ])
  })

  it('--since: a ledger deleted or renamed since REV is reported the same way', async () => {
    rmSync(join(root, 'docs/findings.md'))
    const deleted = await check('--since', 'HEAD', '--quiet')
    assert.equal(deleted.exitCode, 1)
    assert.deepEqual(linesOf(deleted, 'missing-ledger'), ['docs/findings.md:1:1  error  The findings ledger docs/findings.md was deleted (it is in HEAD); a ledger is kept, its history with it  missing-ledger'])
    git(root, 'checkout', '-q', '--', 'docs/findings.md')
    git(root, 'mv', 'docs/fix_plan.md', 'fix_plan_2026.md')
    git(root, 'commit', '-q', '-m', 'rename')
    const renamed = await check('--since', 'HEAD~1', '--quiet')
    assert.equal(renamed.exitCode, 1)
    assert.deepEqual(linesOf(renamed, 'missing-ledger'), ['fix_plan_2026.md:1:1  error  The fix plan docs/fix_plan.md was renamed to fix_plan_2026.md; checked there, but .planledger.json does not name it  missing-ledger'])
  })

  it('plain check: a configured fix plan that does not exist is an error; an absent default is not', async () => {
    writeFileSync(join(root, '.planledger.json'), '{"fixPlan": "docs/fix_plan.md"}\n')
    rmSync(join(root, 'docs/fix_plan.md'))
    const configured = await check('--quiet')
    assert.equal(configured.exitCode, 1, configured.stderr)
    assert.deepEqual(configured.stdout.split('\n').filter((line) => line !== ''), [
      'docs/fix_plan.md:1:1  error  The configured fix plan docs/fix_plan.md does not exist  missing-ledger',
      '    hint: create it, or set "fixPlan" in .planledger.json to where it is',
    ])
    rmSync(join(root, '.planledger.json'))
    const byDefault = await check('--quiet')
    assert.equal(byDefault.exitCode, 0, byDefault.stdout)
    assert.equal(byDefault.stdout, '')
  })

  it('--staged: a configured ledger that HEAD lacks too is only a warning (already there), so it does not block every commit', async () => {
    writeFileSync(join(root, '.planledger.json'), '{"findings": "kb/findings.md"}\n')
    const result = await check('--staged')
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(linesOf(result, 'missing-ledger'), ['kb/findings.md:1:1  warning  The configured findings ledger kb/findings.md does not exist  missing-ledger'])
  })
})
