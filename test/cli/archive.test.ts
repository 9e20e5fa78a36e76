import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const FIX_PLAN = 'docs/fix_plan.md'
const ARCHIVE = 'docs/fix_plan_archive.md'
const ANCHOR = 'integrate-pytorch-001-pytorch-backend-integration'

const ITEM = [
  '## [INTEGRATE-PYTORCH-001] PyTorch backend integration',
  '- Depends on: —',
  '- Priority: High',
  '- Status: done',
  '- Owner/Date: Codex Agent/2025-10-17',
  '- Working Plan: `plans/active/INTEGRATE-PYTORCH-001/implementation.md`',
  '- Attempts History:',
  '  * [2025-10-17] Attempt #40 — Lightning integration GREEN; CLI contract documented. Findings: POLICY-001.',
].join('\n')

const STUB = [
  '## [INTEGRATE-PYTORCH-001] PyTorch backend integration',
  `- Status: archived 2026-11-29 — see [fix_plan_archive.md#${ANCHOR}](fix_plan_archive.md#${ANCHOR})`,
  '- Summary: Lightning integration GREEN; CLI contract documented.',
].join('\n')

const INDEX_ROW = `| [INTEGRATE-PYTORCH-001](#${ANCHOR}) | PyTorch backend integration | High |`

describeWithCorpus('planledger archive on the seed scenario', () => {
  let root: string
  let seedPlan: string
  beforeEach(() => {
    root = makeScenario()
    seedPlan = readFileSync(join(root, FIX_PLAN), 'utf8')
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const archive = (...args: string[]) => runCli(['archive', ...args], {cwd: root})

  it('moves INTEGRATE-PYTORCH-001, the only done item, leaving its stub and `archived` in the index', async () => {
    const untouched = snapshotFiles(root)
    const result = await archive('--yes', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.ok(result.stdout.endsWith('Wrote docs/fix_plan_archive.md, docs/fix_plan.md.\n'))
    // Both diffs come before the writes, even with --yes.
    const archiveDiff = result.stdout.indexOf(`--- a/${ARCHIVE}\n+++ b/${ARCHIVE}\n`)
    const fixPlanDiff = result.stdout.indexOf(`--- a/${FIX_PLAN}\n+++ b/${FIX_PLAN}\n`)
    assert.ok(archiveDiff >= 0 && fixPlanDiff > archiveDiff && fixPlanDiff < result.stdout.indexOf('Wrote '), result.stdout)
    assert.equal(read(ARCHIVE), `# Fix Plan Archive\n\n## Archived 2026-11-29\n\n${ITEM}\n`)
    const expected = seedPlan.replace(ITEM, STUB).replace(`${INDEX_ROW} done |`, `${INDEX_ROW} archived |`)
    assert.notEqual(expected, seedPlan)
    assert.equal(read(FIX_PLAN), expected)
    const after = snapshotFiles(root)
    for (const path of [FIX_PLAN, ARCHIVE]) after.delete(path)
    untouched.delete(FIX_PLAN)
    assert.deepEqual(after, untouched)

    const again = await archive('--yes', '--date', '2026-11-30')
    assert.deepEqual([again.exitCode, again.stdout, again.stderr], [0, 'Nothing to change.\n', ''])
    const named = await archive('--ids', 'INTEGRATE-PYTORCH-001', '--yes')
    assert.deepEqual([named.exitCode, named.stdout, named.stderr], [0, 'Nothing to change.\n', 'INTEGRATE-PYTORCH-001: already archived (line 35), not moved again\n'])
    assert.equal(read(FIX_PLAN), expected)
  })

  it('--dry-run shows both diffs and writes nothing', async () => {
    const before = snapshotFiles(root)
    const result = await archive('--dry-run', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    const archiveDiff = result.stdout.indexOf(`--- a/${ARCHIVE}\n+++ b/${ARCHIVE}\n@@ -0,0 +1,12 @@\n+# Fix Plan Archive\n`)
    const fixPlanDiff = result.stdout.indexOf(`--- a/${FIX_PLAN}\n+++ b/${FIX_PLAN}\n`)
    assert.ok(archiveDiff >= 0 && fixPlanDiff > archiveDiff, result.stdout)
    assert.ok(result.stdout.includes(`\n-${INDEX_ROW} done |\n+${INDEX_ROW} archived |\n`))
    assert.ok(result.stdout.includes(`\n+- Summary: Lightning integration GREEN; CLI contract documented.\n`))
    assert.ok(result.stdout.endsWith('Dry run: nothing written.\n'))
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('off a terminal without --yes or --dry-run: shows the diffs, writes nothing, exits 1', async () => {
    const before = snapshotFiles(root)
    const result = await archive('--date', '2026-11-29')
    assert.equal(result.exitCode, 1)
    assert.ok(result.stdout.includes(`+++ b/${ARCHIVE}`))
    assert.match(result.stderr, /^planledger: not applied: stdin is not a terminal/)
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('--ids moves a named item whatever its status; --json reports what moved', async () => {
    const result = await archive('--ids', 'TEST-PYTORCH-001', '--date', '2026-11-29', '--yes', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    const {diff, ...rest} = json
    assert.ok(diff.includes('+## [TEST-PYTORCH-001] Author PyTorch integration workflow regression\n'))
    assert.deepEqual(rest, {
      outcome: 'written',
      date: '2026-11-29',
      fixPlan: FIX_PLAN,
      archive: ARCHIVE,
      created: true,
      items: [
        {
          id: 'TEST-PYTORCH-001',
          title: 'Author PyTorch integration workflow regression',
          line: 18,
          lines: 16,
          archiveLine: 5,
          anchor: 'test-pytorch-001-author-pytorch-integration-workflow-regression',
          summary: 'Phase C3 artifact audit; rerun 35.98s.',
        },
      ],
      skipped: [],
      index: [{id: 'TEST-PYTORCH-001', line: 14, from: 'in_progress', to: 'archived'}],
      lines: {before: 51, after: 38},
    })
    assert.ok(read(FIX_PLAN).includes('\n## [TEST-PYTORCH-001] Author PyTorch integration workflow regression\n- Status: archived 2026-11-29 — see ['))
  })

  describe('--max-lines', () => {
    // 51 lines; moving the 8-line item for a 3-line stub leaves 46.
    it('moves the done item when that brings the file to N lines', async () => {
      const result = await archive('--max-lines', '46', '--date', '2026-11-29', '--yes', '--json')
      assert.equal(result.exitCode, 0, result.stderr)
      const json = JSON.parse(result.stdout)
      assert.deepEqual([json.items.map((item: {id: string}) => item.id), json.lines], [['INTEGRATE-PYTORCH-001'], {before: 51, after: 46}])
      assert.equal(read(FIX_PLAN).split('\n').length - 1, 46)
    })

    it('changes nothing when the file already fits', async () => {
      const result = await archive('--max-lines', '51', '--yes')
      assert.deepEqual([result.exitCode, result.stdout], [0, 'Nothing to change.\n'])
      assert.equal(read(FIX_PLAN), seedPlan)
    })

    it('refuses, writing nothing, when done items alone cannot get there', async () => {
      const before = snapshotFiles(root)
      const result = await archive('--max-lines', '45', '--yes')
      assert.equal(result.exitCode, 2)
      assert.equal(
        result.stderr,
        'planledger: docs/fix_plan.md cannot get to 45 lines by archiving its 1 matching item: 51 lines now, 46 after archiving all of them\nhint: raise --max-lines, or finish (and mark done) more items first\n',
      )
      assert.deepEqual(snapshotFiles(root), before)
    })
  })

  describe('bad input: one line, exit 2, nothing written', () => {
    const cases: Array<[string, string[], string, (root: string) => void]> = [
      ['an unknown --ids', ['--ids', 'INTEGRATE-PYTORCH-01'], 'planledger: Unknown fix-plan item `INTEGRATE-PYTORCH-01` in docs/fix_plan.md\nhint: did you mean INTEGRATE-PYTORCH-001?\n', () => undefined],
      ['--max-lines 0', ['--max-lines', '0'], 'planledger: Unexpected --max-lines 0, expected a positive number of lines\n', () => undefined],
      [
        'an archive path that is a directory',
        [],
        'planledger: The archive docs/fix_plan_archive.md is a directory, expected a Markdown file\nhint: set "archive" in .planledger.json to a Markdown file path, e.g. docs/fix_plan_archive.md\n',
        (at) => mkdirSync(join(at, ARCHIVE)),
      ],
      ['--ids with --max-lines', ['--ids', 'INTEGRATE-PYTORCH-001', '--max-lines', '40'], 'planledger: --ids names the items to move; it cannot be combined with --status or --max-lines\n', () => undefined],
      ['a --date that is not a date', ['--date', 'tomorrow'], 'planledger: Unexpected --date `tomorrow`, expected YYYY-MM-DD\nhint: e.g. 2026-12-02\n', () => undefined],
      ['a fix plan mid-merge', [], '', (at) => writeFileSync(join(at, FIX_PLAN), `${seedPlan}<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n`)],
    ]
    for (const [name, args, stderr, arrange] of cases) {
      it(name, async () => {
        arrange(root)
        const before = snapshotFiles(root)
        const result = await archive(...args, '--yes')
        assert.equal(result.exitCode, 2, result.stderr)
        if (stderr === '') assert.match(result.stderr, /^planledger: .+\n(hint: .+\n)?$/)
        else assert.equal(result.stderr, stderr)
        assert.equal(result.stdout, '')
        assert.deepEqual(snapshotFiles(root), before)
      })
    }
  })
})
