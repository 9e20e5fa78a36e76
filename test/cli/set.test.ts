import assert from 'node:assert/strict'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describeWithCorpus, repoRoot} from '../support/corpus.js'
import {makeScenario, removeScenario, runCli, snapshotFiles, type CliResult} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const INDEX_ROW = '| [DATA-LOADER-002](#data-loader-002-legacy-npz-transpose-guard) | Legacy NPZ transpose guard |'

/** Line number (1-based) → new text for every line that differs; the line count must not change. */
function changedLines(before: string, after: string, eol = '\n'): Map<number, string> {
  const a = before.split(eol)
  const b = after.split(eol)
  assert.equal(b.length, a.length, 'no line added or removed')
  return new Map(b.flatMap((line, index) => (line === a[index] ? [] : [[index + 1, line] as [number, string]])))
}

describeWithCorpus('planledger set', () => {
  let root: string
  let original: string
  beforeEach(() => {
    root = makeScenario()
    original = read(FIX_PLAN)
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const set = (...args: string[]) => runCli(['set', ...args], {cwd: root})

  it('a value already set is a no-op: no byte changes, and it says so', async () => {
    const before = snapshotFiles(root)
    const result = await set('TEST-PYTORCH-001', 'Status=in_progress', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, 'Status of TEST-PYTORCH-001 is already in_progress; nothing to change\n')
    assert.equal(result.stdout, 'Nothing to change.\n')
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('Status=done changes exactly the Status line, the index Status cell and Last Updated', async () => {
    const result = await set('DATA-LOADER-002', 'Status=done', '--yes', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, '')
    assert.match(result.stdout, /^-- Status: pending$/m)
    assert.ok(result.stdout.endsWith('Wrote docs/fix_plan.md.\n'))
    assert.deepEqual(
      changedLines(original, read(FIX_PLAN)),
      new Map([
        [3, '**Last Updated:** 2026-11-29'],
        [16, `${INDEX_ROW} Medium | done |`],
        [47, '- Status: done'],
      ]),
    )
  })

  it('--no-touch leaves Last Updated alone', async () => {
    const result = await set('DATA-LOADER-002', 'Status=done', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual([...changedLines(original, read(FIX_PLAN)).keys()], [16, 47])
  })

  it('Priority keeps the index Priority cell in step', async () => {
    const result = await set('DATA-LOADER-002', 'priority=High', '--yes', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual(
      changedLines(original, read(FIX_PLAN)),
      new Map([
        [3, '**Last Updated:** 2026-11-29'],
        [16, `${INDEX_ROW} High | pending |`],
        [46, '- Priority: High'],
      ]),
    )
  })

  it('an absent field is added after the item\u2019s last field', async () => {
    const result = await set('TEST-PYTORCH-001', 'Owner=me', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(FIX_PLAN)
    assert.equal(after, original.replace('  - Workflow docs cite the selector and runtime budget.\n', '  - Workflow docs cite the selector and runtime budget.\n- Owner: me\n'))
  })

  it('a list-style index in another file (--file): only the value after `Status:` changes', async () => {
    copyFileSync(join(repoRoot, 'test/fixtures/set/list-index.md'), join(root, 'docs/other_plan.md'))
    const before = read('docs/other_plan.md')
    const result = await set('CLI-PARSER-001', 'Status=done', '--file', 'docs/other_plan.md', '--yes', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual(
      changedLines(before, read('docs/other_plan.md')),
      new Map([
        [3, '**Last Updated:** 2026-11-29 (after the C3 audit)'],
        [6, '- [CLI-PARSER-001](#cli-parser-001) Argument parser rewrite — Priority: High, Status: done (plan: plans/active/CLI-PARSER-001/implementation.md)'],
        [12, '  - **Status:** done'],
      ]),
    )
    assert.equal(read(FIX_PLAN), original)
  })

  it('a CRLF ledger keeps CRLF, including on an added field', async () => {
    const crlf = original.replace(/\n/g, '\r\n')
    writeFileSync(join(root, FIX_PLAN), crlf)
    const result = await set('DATA-LOADER-002', 'Status=done', 'Owner=me', '--yes', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(FIX_PLAN)
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF')
    assert.equal(after, crlf.replace('**Last Updated:** 2025-10-19', '**Last Updated:** 2026-11-29').replace('Medium | pending |', 'Medium | done |').replace('- Status: pending', '- Status: done') + '- Owner: me\r\n')
  })

  it('a Status outside the file\u2019s vocabulary is written with a warning', async () => {
    const result = await set('DATA-LOADER-002', 'Status=finished', '--yes', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const warning = 'Status `finished` is not used elsewhere in docs/fix_plan.md (seen: in_progress, done, pending); written anyway'
    assert.equal(result.stderr.split('\n')[0], `planledger: warning: ${warning}`)
    assert.deepEqual(JSON.parse(result.stdout).warnings, [warning])
    assert.ok(read(FIX_PLAN).includes('\n- Status: finished\n'))
  })

  it('--json: outcome, item, changes with their index entry, Last Updated, warnings and the diff', async () => {
    const result = await set('DATA-LOADER-002', 'Status=done', 'Priority=Medium', 'Owner=me', '--dry-run', '--json', '--date', '2026-11-29')
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.ok(json.diff.startsWith('--- a/docs/fix_plan.md\n+++ b/docs/fix_plan.md\n'))
    assert.ok(result.stderr.includes(json.diff), 'the diff goes to stderr under --json')
    assert.deepEqual({...json, diff: undefined}, {
      outcome: 'dry-run',
      path: 'docs/fix_plan.md',
      item: 'DATA-LOADER-002',
      changes: [
        {key: 'Status', line: 47, from: 'pending', to: 'done', index: {line: 16, kind: 'table', from: 'pending', to: 'done'}},
        {key: 'Owner', line: 52, from: null, to: 'me', index: null},
      ],
      unchanged: [{key: 'Priority', line: 46, value: 'Medium'}],
      lastUpdated: {line: 3, from: '2025-10-19', to: '2026-11-29'},
      warnings: [],
      diff: undefined,
    })
    assert.equal(read(FIX_PLAN), original)
  })

  it('off a terminal without --yes or --dry-run: writes nothing, exits 1', async () => {
    const before = snapshotFiles(root)
    const result = await set('DATA-LOADER-002', 'Status=done')
    assert.equal(result.exitCode, 1)
    assert.match(result.stdout, /^\+- Status: done$/m)
    assert.deepEqual(snapshotFiles(root), before)
  })

  describe('bad input: one line, exit 2, nothing written', () => {
    async function refuse(args: string[], firstLine: string): Promise<CliResult> {
      const before = snapshotFiles(root)
      const result = await set(...args)
      assert.equal(result.stderr.split('\n')[0], firstLine)
      assert.equal(result.exitCode, 2)
      assert.equal(result.stdout, '')
      assert.deepEqual(snapshotFiles(root), before)
      return result
    }

    it('an argument without `=`, naming it and showing the form', async () => {
      const result = await refuse(['DATA-LOADER-002', 'Status=done', 'Priority', '--yes'], 'planledger: Argument `Priority` is not KEY=VALUE')
      assert.equal(result.stderr, 'planledger: Argument `Priority` is not KEY=VALUE\nhint: write it as KEY=VALUE, e.g. Status=done\n')
    })

    it('an empty key', async () => {
      await refuse(['DATA-LOADER-002', '=done', '--yes'], 'planledger: Argument `=done` has an empty key')
    })

    it('an unknown item, with did-you-mean', async () => {
      const result = await refuse(['DATA-LOADER-02', 'Status=done', '--yes'], 'planledger: Unknown fix-plan item `DATA-LOADER-02` in docs/fix_plan.md')
      assert.equal(result.stderr.split('\n')[1], 'hint: did you mean DATA-LOADER-002?')
    })

    it('a value with a newline', async () => {
      await refuse(['DATA-LOADER-002', 'Notes=first\nsecond', '--yes'], 'planledger: Unexpected line break (U+000A) in KEY=VALUE argument 1 at character 12, expected one line')
    })

    it('no KEY=VALUE at all', async () => {
      await refuse(['DATA-LOADER-002', '--yes'], 'planledger: No KEY=VALUE given for DATA-LOADER-002')
    })

    it('--date with --no-touch', async () => {
      await refuse(['DATA-LOADER-002', 'Status=done', '--yes', '--no-touch', '--date', '2026-11-29'], 'planledger: --date and --no-touch cannot be used together')
    })

    it('under --json the error is a JSON object on stdout', async () => {
      const before = snapshotFiles(root)
      const result = await set('DATA-LOADER-002', 'Statusdone', '--json')
      assert.equal(result.exitCode, 2)
      assert.deepEqual(JSON.parse(result.stdout), {
        error: {message: 'Argument `Statusdone` is not KEY=VALUE', hint: 'write it as KEY=VALUE, e.g. Status=done', path: null, line: null, exitCode: 2, internal: false},
      })
      assert.deepEqual(snapshotFiles(root), before)
    })
  })
})
