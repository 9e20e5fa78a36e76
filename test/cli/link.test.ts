import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const FIX_PLAN = 'docs/fix_plan.md'
const PLAN = 'plans/active/TEST-PYTORCH-001/implementation.md'

describeWithCorpus('planledger link on the seed scenario', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  /** The snapshot with one path's hash taken out: proves no other file was written. */
  const others = (snapshot: Map<string, string>, path: string) => new Map([...snapshot].filter(([name]) => name !== path))

  it('gives DATA-LOADER-002 a Findings field after its last field, adding exactly that line', async () => {
    const before = read(FIX_PLAN)
    const snapshot = snapshotFiles(root)
    const result = await runCli(['link', 'DATA-LOADER-002', '--finding', 'FORMAT-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^\+- Findings: \[FORMAT-001\]\(findings\.md#format-001\)$/m)
    const lines = before.split('\n')
    const at = lines.indexOf('  * (none yet)') + 1
    assert.deepEqual(read(FIX_PLAN).split('\n'), [...lines.slice(0, at), '- Findings: [FORMAT-001](findings.md#format-001)', ...lines.slice(at)])
    assert.deepEqual(others(snapshotFiles(root), FIX_PLAN), others(snapshot, FIX_PLAN))
  })

  it('links POLICY-001 from row D2 with the path relative to the plan\u2019s folder, changing only that line', async () => {
    const before = read(PLAN).split('\n')
    const result = await runCli(['link', 'TEST-PYTORCH-001:D2', '--finding', 'POLICY-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(PLAN).split('\n')
    const row = before.findIndex((line) => line.startsWith('| D2 | '))
    assert.equal(after[row], before[row].replace(/ \|$/, ' Findings: [POLICY-001](../../../docs/findings.md#policy-001). |'))
    assert.deepEqual([...after.slice(0, row), ...after.slice(row + 1)], [...before.slice(0, row), ...before.slice(row + 1)])
  })

  it('re-running the same link changes no byte and says there is nothing to change', async () => {
    for (const args of [['DATA-LOADER-002', '--finding', 'FORMAT-001'], [`${PLAN}:D2`, '--finding', 'POLICY-001']]) {
      assert.equal((await runCli(['link', ...args, '--yes'], {cwd: root})).exitCode, 0)
      const snapshot = snapshotFiles(root)
      const again = await runCli(['link', ...args, '--yes'], {cwd: root})
      assert.equal(again.exitCode, 0, again.stderr)
      assert.equal(again.stdout, 'Nothing to change.\n')
      assert.match(again.stderr, /: already cited, not linked again/)
      assert.deepEqual(snapshotFiles(root), snapshot)
    }
  })

  it('refuses an unknown finding with a suggestion, exit 2, writing nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['link', 'DATA-LOADER-002', '--finding', 'FORMAT-001,POLICY-01', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: Unknown finding `POLICY-01` (not in docs/findings.md)\nhint: did you mean POLICY-001?\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('refuses an unknown item or row with a hint at the PLAN:ROW form, writing nothing', async () => {
    mkdirSync(join(root, 'plans/active/NEW-INIT'))
    const snapshot = snapshotFiles(root)
    const initiative = await runCli(['link', 'NEW-INIT', '--finding', 'POLICY-001', '--yes'], {cwd: root})
    assert.equal(initiative.exitCode, 2)
    assert.equal(initiative.stderr, 'planledger: Unknown fix-plan item `NEW-INIT` in docs/fix_plan.md\nhint: to link a row of initiative NEW-INIT, write NEW-INIT:ROW\n')
    const row = await runCli(['link', 'D2', '--finding', 'POLICY-001', '--yes'], {cwd: root})
    assert.equal(row.exitCode, 2)
    assert.equal(row.stderr, 'planledger: Unknown fix-plan item `D2` in docs/fix_plan.md\nhint: to link a plan row, write PLAN:ROW\n')
    const missingRow = await runCli(['link', 'TEST-PYTORCH-001:D9', '--finding', 'POLICY-001', '--yes'], {cwd: root})
    assert.equal(missingRow.exitCode, 2)
    assert.match(missingRow.stderr, /^planledger: Unknown row `D9` in .*implementation\.md or .*plan\.md\n/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('accepts `[ITEM]`, repeated and comma-separated --finding, linking each ID once in the order given', async () => {
    const result = await runCli(['link', '[TEST-PYTORCH-001]', '--finding', 'POLICY-001,FORMAT-001', '--finding', 'POLICY-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.ok(
      read(FIX_PLAN).includes('  - Workflow docs cite the selector and runtime budget.\n- Findings: [POLICY-001](findings.md#policy-001), [FORMAT-001](findings.md#format-001)\n\n## [INTEGRATE-PYTORCH-001]'),
    )
  })

  it('--json: file, target, added and present IDs, the new line and its number', async () => {
    assert.equal((await runCli(['link', 'TEST-PYTORCH-001:D2', '--finding', 'FORMAT-001', '--yes'], {cwd: root})).exitCode, 0)
    const result = await runCli(['link', 'TEST-PYTORCH-001:D2', '--finding', 'FORMAT-001,CONFIG-001', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual(Object.keys(json).sort(), ['added', 'diff', 'file', 'line', 'outcome', 'present', 'target', 'text'])
    assert.deepEqual([json.outcome, json.file, json.target, json.added, json.present, json.line], ['written', PLAN, {kind: 'row', plan: PLAN, row: 'D2'}, ['CONFIG-001'], ['FORMAT-001'], 52])
    assert.equal(json.text, read(PLAN).split('\n')[51])
    assert.ok(json.text.endsWith('Findings: [FORMAT-001](../../../docs/findings.md#format-001), [CONFIG-001](../../../docs/findings.md#config-001). |'))
    assert.match(json.diff, /^\+\| D2 \| /m)

    const item = JSON.parse((await runCli(['link', 'DATA-LOADER-002', '--finding', 'FORMAT-001', '--dry-run', '--json'], {cwd: root})).stdout)
    assert.deepEqual({...item, diff: undefined}, {
      outcome: 'dry-run', file: FIX_PLAN, target: {kind: 'item', id: 'DATA-LOADER-002'}, added: ['FORMAT-001'], present: [],
      line: 52, text: '- Findings: [FORMAT-001](findings.md#format-001)', diff: undefined,
    })
  })

  it('--dry-run shows the diff and writes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['link', 'TEST-PYTORCH-001:D2', '--finding', 'POLICY-001', '--dry-run'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^\+\| D2 \| .* Findings: \[POLICY-001\]\(\.\.\/\.\.\/\.\.\/docs\/findings\.md#policy-001\)\. \|$/m)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('keeps a CRLF fix plan CRLF', async () => {
    writeFileSync(join(root, FIX_PLAN), read(FIX_PLAN).replace(/\n/g, '\r\n'))
    const before = read(FIX_PLAN)
    const result = await runCli(['link', 'DATA-LOADER-002', '--finding', 'FORMAT-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(FIX_PLAN)
    assert.doesNotMatch(after, /[^\r]\n/)
    assert.equal(after.replace('\r\n- Findings: [FORMAT-001](findings.md#format-001)', ''), before)
  })

  it('--findings-file links another ledger, with the heading anchor of a `## ID - Title` finding', async () => {
    mkdirSync(join(root, 'notes'))
    writeFileSync(join(root, 'notes/lessons.md'), '# Lessons\n\n## CACHE-001 - Cache keys include the dtype\nBody.\n')
    const result = await runCli(['link', 'DATA-LOADER-002', '--finding', 'CACHE-001', '--findings-file', 'notes/lessons.md', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(JSON.parse(result.stdout).text, '- Findings: [CACHE-001](../notes/lessons.md#cache-001---cache-keys-include-the-dtype)')
  })
})
