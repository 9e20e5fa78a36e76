import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const LAST_UPDATED = '**Last Updated:** 2026-11-20'
const ACTIVE_FOCUS = '**Active Focus:** TEST-PYTORCH-001 — end-to-end test for the training workflow [in_progress]'

/** Today (UTC) as the command reads it. */
const today = () => new Date().toISOString().slice(0, 10)

describe('planledger header', () => {
  let root: string
  let original: string
  beforeEach(() => {
    root = makeOwnScenario()
    original = read(FIX_PLAN)
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const run = (...args: string[]) => runCli(args, {cwd: root})
  const checkPasses = async () => {
    const check = await run('check')
    assert.equal(check.exitCode, 0, check.stdout + check.stderr)
  }

  it('--touch sets Last Updated to today and changes nothing else', async () => {
    const result = await run('header', '--touch', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(FIX_PLAN), original.replace(LAST_UPDATED, `**Last Updated:** ${today()}`))
    await checkPasses()
  })

  it('--touch keeps the file\u2019s timestamp precision', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(LAST_UPDATED, '**Last Updated:** 2026-01-22T04:26Z (loop 12)'))
    const result = await run('header', '--touch', '--yes', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const [change] = JSON.parse(result.stdout).changes
    assert.match(change.to, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z \(loop 12\)$/)
    assert.equal(change.from, '2026-01-22T04:26Z (loop 12)')
  })

  it('--touch replaces only the date of a value that wraps it in markup and adds a note', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(LAST_UPDATED, '**Last Updated:** `2026-11-01` (Phase C)'))
    const result = await run('header', '--touch', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(FIX_PLAN), original.replace(LAST_UPDATED, `**Last Updated:** \`${today()}\` (Phase C)`))
  })

  it('KEY=VALUE rewrites a header line; --json lists the changes', async () => {
    const result = await run('header', 'active focus=DATA-LOADER-002 — streaming [in_progress]', '--yes', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {
      outcome: 'written', path: FIX_PLAN, warnings: [], diff: undefined,
      changes: [{key: 'Active Focus', line: 4, from: ACTIVE_FOCUS.slice('**Active Focus:** '.length), to: 'DATA-LOADER-002 — streaming [in_progress]'}],
    })
    assert.equal(read(FIX_PLAN), original.replace(ACTIVE_FOCUS, '**Active Focus:** DATA-LOADER-002 — streaming [in_progress]'))
    await checkPasses()
  })

  it('--set-file writes the header line and a bulleted block under it, and replaces that block next time', async () => {
    writeFileSync(join(root, 'focus.md'), 'DATA-LOADER-002 — streaming\n- D1 loader first\n- then the docs\n')
    const first = await run('header', '--set-file', 'Active Focus=focus.md', '--yes')
    assert.equal(first.exitCode, 0, first.stderr)
    assert.equal(read(FIX_PLAN), original.replace(ACTIVE_FOCUS, '**Active Focus:** DATA-LOADER-002 — streaming\n- D1 loader first\n- then the docs'))
    await checkPasses()
    writeFileSync(join(root, 'focus.md'), 'DATA-LOADER-002 — streaming\n- only this\n')
    const second = await run('header', '--set-file', 'Active Focus=focus.md', '--yes')
    assert.equal(second.exitCode, 0, second.stderr)
    assert.equal(read(FIX_PLAN), original.replace(ACTIVE_FOCUS, '**Active Focus:** DATA-LOADER-002 — streaming\n- only this'))
  })

  it('--set-file whose text opens with a list puts all of it under the header line', async () => {
    writeFileSync(join(root, 'focus.md'), '- DATA-LOADER-002\n- TEST-PYTORCH-001\n')
    const result = await run('header', '--set-file', 'Active Focus=focus.md', '--yes', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(FIX_PLAN), original.replace(ACTIVE_FOCUS, '**Active Focus:**\n- DATA-LOADER-002\n- TEST-PYTORCH-001'))
    assert.equal(JSON.parse(result.stdout).changes[0].to, '\n- DATA-LOADER-002\n- TEST-PYTORCH-001')
    await checkPasses()
  })

  it('a later Last Updated is written; an earlier one needs --force', async () => {
    const refused = await run('header', 'Last Updated=2026-11-19', '--yes')
    assert.equal(refused.exitCode, 2)
    assert.match(refused.stderr, /would go back from 2026-11-20 to 2026-11-19/)
    assert.match(refused.stderr, /^hint: .*--force/m)
    assert.equal(read(FIX_PLAN), original)
    const forced = await run('header', 'Last Updated=2026-11-19', '--force', '--yes')
    assert.equal(forced.exitCode, 0, forced.stderr)
    assert.equal(read(FIX_PLAN), original.replace(LAST_UPDATED, '**Last Updated:** 2026-11-19'))
  })

  it('--touch on a future-dated Last Updated would go back: refused without --force', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(LAST_UPDATED, '**Last Updated:** 2999-01-01'))
    const refused = await run('header', '--touch', '--yes')
    assert.equal(refused.exitCode, 2)
    assert.match(refused.stderr, /would go back from 2999-01-01 to \d{4}-\d{2}-\d{2}/)
    const forced = await run('header', '--touch', '--force', '--yes')
    assert.equal(forced.exitCode, 0, forced.stderr)
    assert.equal(read(FIX_PLAN), original.replace(LAST_UPDATED, `**Last Updated:** ${today()}`))
  })

  it('warns about a Last Updated later than today', async () => {
    const result = await run('header', 'Last Updated=2999-01-01', '--dry-run')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stderr, /^planledger: warning: Last Updated 2999-01-01 is later than today/)
  })

  const refusals: Array<[string, string[], RegExp, RegExp]> = [
    ['an unknown header', ['header', 'Actve Focus=x'], /has no header `Actve Focus`/, /did you mean Active Focus\?/],
    ['a Last Updated that is no date', ['header', 'Last Updated=soon'], /must start with a date/, /--touch/],
    ['nothing to do', ['header'], /No header change given/, /--touch/],
    ['--touch with a Last Updated value', ['header', '--touch', 'Last Updated=2026-12-01'], /cannot be given together/, /--touch writes today/],
  ]
  for (const [what, args, message, hint] of refusals) {
    it(`refuses ${what} with one line, a hint and exit 2, writing nothing`, async () => {
      const before = snapshotFiles(root)
      const result = await run(...args, '--yes')
      assert.equal(result.exitCode, 2, result.stderr)
      const [first, second, ...rest] = result.stderr.split('\n')
      assert.match(first, message)
      assert.match(second, hint)
      assert.deepEqual(rest, [''])
      assert.deepEqual(snapshotFiles(root), before)
    })
  }

  it('refuses a one-line value for a header with a block under it, pointing to --set-file', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(ACTIVE_FOCUS, `${ACTIVE_FOCUS}\n- D1 first`))
    const before = snapshotFiles(root)
    const result = await run('header', 'Active Focus=x', '--yes')
    assert.equal(result.exitCode, 2)
    assert.match(result.stderr, /has 1 line under it/)
    assert.match(result.stderr, /--set-file "Active Focus=FILE"/)
    assert.deepEqual(snapshotFiles(root), before)
  })
})
