import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const DATA_ROW = '| [DATA-LOADER-002](#data-loader-002-stream-batches-from-disk) | Stream batches from disk | Medium |'
const NEWEST = '  * [2026-11-19] Attempt #2 — Phase C: toy set cut to 64 samples, the test runs in 41 s on CPU. Findings applied: POLICY-001.'
const NEXT_ACTIONS = '    Next Actions: Phase D runtime profile (D1.A–C).'
const SECOND_LOOP = '  * [2026-11-19] Attempt #2 — Phase C, from a second loop.'

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, stdio: 'ignore'})
}

/** The own scenario's two mechanical defects: the index says DATA-LOADER-002 is done (its item: pending), and two loops both appended Attempt #2. */
function breakLedger(text: string): string {
  return text.replace(`${DATA_ROW} pending |`, `${DATA_ROW} done |`).replace(NEXT_ACTIONS, `${NEXT_ACTIONS}\n${SECOND_LOOP}`)
}

const EXPECTED_DIFF = [
  '--- a/docs/fix_plan.md',
  '+++ b/docs/fix_plan.md',
  '@@ -8,7 +8,7 @@',
  ' | ID | Title | Priority | Status |',
  ' | --- | --- | --- | --- |',
  ' | [TEST-PYTORCH-001](#test-pytorch-001-cover-the-training-workflow-end-to-end) | Cover the training workflow end to end | High | in_progress |',
  `-${DATA_ROW} done |`,
  `+${DATA_ROW} pending |`,
  ' | [INTEGRATE-PYTORCH-001](#integrate-pytorch-001-move-the-model-to-the-new-backend) | Move the model to the new backend | High | done |',
  ' ',
  ' ## [TEST-PYTORCH-001] Cover the training workflow end to end',
  '@@ -21,7 +21,7 @@',
  '   * [2026-11-18] Attempt #1 — Phase A: a failing end-to-end test trains two epochs on the toy set. Artifacts: `plans/active/TEST-PYTORCH-001/reports/2026-11-18/first_run.log`.',
  ` ${NEWEST}`,
  ` ${NEXT_ACTIONS}`,
  `-${SECOND_LOOP}`,
  `+${SECOND_LOOP.replace('#2', '#3')}`,
  ' - Exit Criteria:',
  '   - The test passes on a CPU-only runner in under a minute.',
  ' ',
  '',
].join('\n')

const FIX_LINES = [
  'docs/fix_plan.md:11  fix  index status of DATA-LOADER-002 `done` → `pending`, as its item says (line 31)  index-mismatch',
  'docs/fix_plan.md:24  fix  newest attempt renumbered `#2` → `#3` (#2 is taken by an earlier entry)  attempt-numbering',
  '',
].join('\n')

describe('planledger check --fix', () => {
  let root: string
  let original: string
  let broken: string
  beforeEach(() => {
    root = makeOwnScenario()
    original = read(FIX_PLAN)
    broken = breakLedger(original)
    writeFileSync(join(root, FIX_PLAN), broken)
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const check = (...args: string[]) => runCli(['check', ...args], {cwd: root})

  it('--yes shows the repairs and their exact diff, writes them, and check is clean afterwards', async () => {
    const result = await check('--fix', '--yes')
    assert.equal(result.stderr, '')
    assert.equal(result.stdout, `${FIX_LINES}${EXPECTED_DIFF}Wrote docs/fix_plan.md.\n`)
    assert.equal(result.exitCode, 0)
    assert.equal(read(FIX_PLAN), broken.replace(`${DATA_ROW} done |`, `${DATA_ROW} pending |`).replace(SECOND_LOOP, SECOND_LOOP.replace('#2', '#3')))
    const again = await check()
    assert.deepEqual([again.exitCode, again.stdout], [0, ''])
  })

  it('--dry-run shows the same diff, writes nothing, and reports the problems still there (exit 1)', async () => {
    const before = snapshotFiles(root)
    const result = await check('--fix', '--dry-run')
    assert.equal(result.exitCode, 1)
    assert.ok(result.stdout.startsWith(`${FIX_LINES}${EXPECTED_DIFF}Dry run: nothing written.\n`), result.stdout)
    assert.match(result.stdout, /^docs\/fix_plan\.md:11:\d+ {2}error {2}Index status `done`/m)
    assert.match(result.stdout, /^2 errors in 1 file$/m)
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('off a terminal without --yes or --dry-run: refused, exit 1, nothing written', async () => {
    const before = snapshotFiles(root)
    const result = await check('--fix')
    assert.equal(result.exitCode, 1)
    assert.match(result.stderr, /not applied: stdin is not a terminal/)
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('--json: stdout is the check document of what remains plus `fix`; the diff goes to stderr', async () => {
    const result = await check('--fix', '--yes', '--json')
    assert.equal(result.exitCode, 0)
    assert.equal(result.stderr, EXPECTED_DIFF)
    const json = JSON.parse(result.stdout)
    assert.deepEqual(Object.keys(json), ['ok', 'mode', 'baseline', 'files', 'summary', 'problems', 'skipped', 'notes', 'fix'])
    assert.deepEqual([json.ok, json.problems], [true, []])
    assert.equal(json.fix.outcome, 'written')
    assert.equal(json.fix.diff, EXPECTED_DIFF)
    assert.deepEqual(json.fix.fixes[0], {
      rule: 'index-mismatch',
      path: 'docs/fix_plan.md',
      line: 11,
      problem: {line: 11, message: "Index status `done` of DATA-LOADER-002 differs from the item's Status `pending` (line 31)"},
      description: 'index status of DATA-LOADER-002 `done` → `pending`, as its item says (line 31)',
    })
    assert.deepEqual(
      json.fix.fixes.map((fix: {rule: string; line: number}) => [fix.rule, fix.line]),
      [
        ['index-mismatch', 11],
        ['attempt-numbering', 24],
      ],
    )
  })

  it('--format json --dry-run keeps stdout one JSON document: the problems still there, ok false', async () => {
    const result = await check('--fix', '--dry-run', '--format', 'json')
    assert.equal(result.exitCode, 1)
    const json = JSON.parse(result.stdout)
    assert.deepEqual([json.ok, json.summary.errors, json.fix.outcome, json.fix.diff], [false, 2, 'dry-run', EXPECTED_DIFF])
  })

  it('nothing fixable: says so, changes no byte, and reports what is left (an older repeated number stays)', async () => {
    const olderRepeat = original.replace(NEWEST, NEWEST.replace('#2', '#1')).replace(NEXT_ACTIONS, `${NEXT_ACTIONS}\n${SECOND_LOOP}`)
    writeFileSync(join(root, FIX_PLAN), olderRepeat)
    const before = snapshotFiles(root)
    const result = await check('--fix', '--yes')
    assert.equal(result.exitCode, 1)
    assert.match(result.stdout, /^Nothing to fix\.\ndocs\/fix_plan\.md:22:\d+ {2}error {2}`Attempt #1` is already used/)
    assert.deepEqual(snapshotFiles(root), before)
    writeFileSync(join(root, FIX_PLAN), original)
    const clean = await check('--fix', '--yes')
    assert.deepEqual([clean.exitCode, clean.stdout], [0, 'Nothing to fix.\n'])
    const quiet = await check('--fix', '--yes', '--quiet')
    assert.deepEqual([quiet.exitCode, quiet.stdout, quiet.stderr], [0, '', ''])
  })

  it('keeps CRLF line endings: only the repaired lines change', async () => {
    const crlf = broken.replace(/\n/g, '\r\n')
    writeFileSync(join(root, FIX_PLAN), crlf)
    const result = await check('--fix', '--yes')
    assert.equal(result.exitCode, 0, result.stdout + result.stderr)
    assert.equal(read(FIX_PLAN), crlf.replace(`${DATA_ROW} done |`, `${DATA_ROW} pending |`).replace(SECOND_LOOP, SECOND_LOOP.replace('#2', '#3')))
  })

  it('under --since, repairs only what is new since REV: a problem already there stays as it was', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(`${DATA_ROW} pending |`, `${DATA_ROW} done |`))
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'base')
    writeFileSync(join(root, FIX_PLAN), broken)
    const result = await check('--fix', '--yes', '--since', 'HEAD')
    assert.equal(result.exitCode, 0, result.stdout + result.stderr)
    assert.equal(read(FIX_PLAN), broken.replace(SECOND_LOOP, SECOND_LOOP.replace('#2', '#3')))
    assert.match(result.stdout, /warning {2}Index status `done`/)
  })

  it('leaves a repeated newest attempt that is already committed: renumbering it would rewrite history', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(NEXT_ACTIONS, `${NEXT_ACTIONS}\n${SECOND_LOOP}`))
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'two loops appended #2')
    const before = snapshotFiles(root)
    const result = await check('--fix', '--yes')
    assert.equal(result.exitCode, 1)
    assert.equal(
      result.stderr,
      'planledger: warning: docs/fix_plan.md:24: `Attempt #2` is already used in `[TEST-PYTORCH-001]`: not fixed, the entry is already committed and the history is append-only (history-rewritten would report the change)\n',
    )
    assert.deepEqual(snapshotFiles(root), before)
    // A third loop's #2, not committed yet, is renumbered; the committed one stays.
    writeFileSync(join(root, FIX_PLAN), read(FIX_PLAN).replace(SECOND_LOOP, `${SECOND_LOOP}\n${SECOND_LOOP.replace('second', 'third')}`))
    const third = await check('--fix', '--yes')
    assert.match(third.stdout, /^docs\/fix_plan\.md:25 {2}fix {2}newest attempt renumbered `#2` → `#3`/m)
    git(root, 'add', '-A')
    const staged = await check('--staged')
    assert.doesNotMatch(staged.stdout, /history-rewritten/)
  })

  it('refuses --staged, and --yes or --dry-run without --fix (exit 2)', async () => {
    const staged = await check('--fix', '--staged', '--yes')
    assert.equal(staged.exitCode, 2)
    assert.match(staged.stderr, /--fix cannot be used with --staged/)
    for (const flag of ['--yes', '--dry-run']) {
      const alone = await check(flag)
      assert.equal(alone.exitCode, 2)
      assert.match(alone.stderr, new RegExp(`${flag} applies only with --fix`))
    }
  })
})
