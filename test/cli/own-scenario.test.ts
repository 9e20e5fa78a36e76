import assert from 'node:assert/strict'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {changedRun} from '../support/assertions.js'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

// Every command on the project's own scenario (test/fixtures/scenario), so a clone without the
// corpus still runs each one through the CLI. The corpus's seed scenario has deeper tests of each.

const FIX_PLAN = 'docs/fix_plan.md'
const FINDINGS = 'docs/findings.md'
const PHASE_D = 'plans/active/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md'

describe('every command on the project\u2019s own scenario', () => {
  let root: string
  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const planledger = (...args: string[]) => runCli(args, {cwd: root})
  /** Runs an editing command and gives the one run of lines it changed in `path`. */
  async function edit(path: string, ...args: string[]) {
    const before = read(path)
    const result = await planledger(...args)
    assert.equal(result.exitCode, 0, result.stderr)
    return {result, change: changedRun(before, read(path))}
  }

  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  it('check: a clean tree exits 0 and prints nothing; an unknown finding is an error at its line, exit 1', async () => {
    assert.deepEqual(await planledger('check'), {stdout: '', stderr: '', exitCode: 0})
    writeFileSync(join(root, FIX_PLAN), read(FIX_PLAN).replace('Findings applied: POLICY-001.\n    Next', 'Findings applied: POLICY-009.\n    Next'))
    const result = await planledger('check', '--format', 'json')
    assert.equal(result.exitCode, 1)
    const problems = JSON.parse(result.stdout).problems as Array<{rule: string; path: string; line: number; severity: string}>
    assert.deepEqual(
      problems.map(({rule, path, line, severity}) => [rule, path, line, severity]),
      [['unknown-finding', FIX_PLAN, 22, 'error']],
    )
  })

  it('next: the partial row of the working plan comes first', async () => {
    const result = await planledger('next')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^C2 \[P\] partial — Drop the GPU-only assertions\n {2}plans\/active\/TEST-PYTORCH-001\/implementation\.md:21 /)
  })

  it('list --json: every item with its status, priority and attempt count', async () => {
    const result = await planledger('list', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const items = JSON.parse(result.stdout).items as Array<{id: string; status: string; priority: string; attempts: number}>
    assert.deepEqual(
      items.map(({id, status, priority, attempts}) => [id, status, priority, attempts]),
      [
        ['TEST-PYTORCH-001', 'in_progress', 'High', 2],
        ['DATA-LOADER-002', 'pending', 'Medium', 0],
        ['INTEGRATE-PYTORCH-001', 'done', 'High', 1],
      ],
    )
  })

  it('show: an item, a plan row and a finding, each at its line', async () => {
    const item = await planledger('show', 'TEST-PYTORCH-001')
    assert.match(item.stdout, /^docs\/fix_plan\.md:14: \[TEST-PYTORCH-001\] Cover the training workflow end to end\n/)
    assert.match(item.stdout, /attempts \(2\):\n {2}#1 \[2026-11-18\] /)
    const row = await planledger('show', 'D1.B')
    assert.match(row.stdout, new RegExp(`^${PHASE_D}:13: D1\\.B \\[ \\] open — Record the machine\\n`))
    const finding = await planledger('show', 'FORMAT-001', '--json')
    assert.equal(finding.exitCode, 0, finding.stderr)
    assert.match(finding.stdout, /channel-last/)
  })

  it('tick: marks D1.A–C done with the evidence, changing only those rows', async () => {
    const {change} = await edit(PHASE_D, 'tick', 'TEST-PYTORCH-001', 'D1.A-C', '--artifact', 'out/profile.md', '--date', '2026-11-21', '--yes')
    assert.equal(change.removed.length, 3)
    assert.deepEqual(
      change.added,
      change.removed.map((line) => line.replace('| [ ] |', '| [x] |').replace(/ \|$/, ' ✅ 2026-11-21 — Artifacts: `out/profile.md`. |')),
    )
  })

  it('attempt: appends Attempt #3 after #2 and its continuation line', async () => {
    const {change} = await edit(FIX_PLAN, 'attempt', 'TEST-PYTORCH-001', '--body', 'Phase D1 profiled: median 41 s.', '--finding', 'FORMAT-001', '--date', '2026-11-21', '--yes')
    assert.deepEqual(change, {removed: [], added: ['  * [2026-11-21] Attempt #3 — Phase D1 profiled: median 41 s. Findings applied: FORMAT-001.']})
    assert.equal(read(FIX_PLAN).split('\n')[23], change.added[0], 'right after the `Next Actions:` line of #2')
  })

  it('set: Status=done changes the field, its index cell and Last Updated', async () => {
    const before = read(FIX_PLAN)
    const result = await planledger('set', 'DATA-LOADER-002', 'Status=done', '--date', '2026-11-21', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    const after = read(FIX_PLAN).split('\n')
    const changed = before.split('\n').flatMap((line, at) => (line === after[at] ? [] : [[line, after[at]]]))
    assert.deepEqual(changed, [
      ['**Last Updated:** 2026-11-20', '**Last Updated:** 2026-11-21'],
      ['| [DATA-LOADER-002](#data-loader-002-stream-batches-from-disk) | Stream batches from disk | Medium | pending |', '| [DATA-LOADER-002](#data-loader-002-stream-batches-from-disk) | Stream batches from disk | Medium | done |'],
      ['- Status: pending', '- Status: done'],
    ])
  })

  it('link: gives the item a Findings field linking the finding', async () => {
    const {change} = await edit(FIX_PLAN, 'link', 'TEST-PYTORCH-001', '--finding', 'CONFIG-001', '--yes')
    assert.deepEqual(change, {removed: [], added: ['- Findings: [CONFIG-001](findings.md#config-001)']})
  })

  it('finding add: appends a row after the last finding, in the table\u2019s column order', async () => {
    const {change} = await edit(FINDINGS, 'finding', 'add', 'RUNTIME-001', '--synopsis', 'The end-to-end test takes 41 s on CPU.', '--keywords', 'runtime, ci', '--date', '2026-11-21', '--yes')
    assert.deepEqual(change, {removed: [], added: ['| RUNTIME-001 | 2026-11-21 | runtime, ci | The end-to-end test takes 41 s on CPU. |  | Active |']})
  })

  it('archive: moves the done item to the archive, leaving a stub and `archived` in the index', async () => {
    const result = await planledger('archive', '--date', '2026-11-21', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    const archive = read('docs/fix_plan_archive.md')
    assert.match(archive, /^# Fix Plan Archive\n\n## Archived 2026-11-21\n\n## \[INTEGRATE-PYTORCH-001\] Move the model to the new backend\n/)
    assert.ok(archive.includes('  * [2026-11-10] Attempt #1 — Backend switch merged; the old code path is gone. Findings applied: POLICY-001.\n'))
    const plan = read(FIX_PLAN)
    assert.ok(plan.includes('| Move the model to the new backend | High | archived |'))
    assert.ok(plan.includes('- Status: archived 2026-11-21 — see [fix_plan_archive.md#integrate-pytorch-001-move-the-model-to-the-new-backend]'))
    assert.ok(!plan.includes('Owner/Date: Loop Agent/2026-11-10'), 'the item body moved out')
  })

  it('init: writes the configuration and the hook; a second run changes nothing', async () => {
    const first = await planledger('init', '--yes')
    assert.equal(first.exitCode, 0, first.stderr)
    assert.deepEqual(JSON.parse(read('.planledger.json')), {fixPlan: FIX_PLAN, findings: FINDINGS, plans: ['plans/active/**/*.md']})
    assert.ok(existsSync(join(root, '.git/hooks/pre-commit')))
    const snapshot = snapshotFiles(root)
    const second = await planledger('init', '--yes')
    assert.equal(second.exitCode, 0, second.stderr)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('bad input: one line and a hint, exit 2, nothing written', async () => {
    const snapshot = snapshotFiles(root)
    const cases: Array<[args: string[], stderr: string]> = [
      [['tick', 'TEST-PYTORCH-001', 'D1.Q', '--yes'], `planledger: Unknown row \`D1.Q\` in plans/active/TEST-PYTORCH-001/implementation.md or ${PHASE_D}\nhint: did you mean D1.A, D1.B or D1.C?\n`],
      [['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--finding', 'NOPE-001', '--yes'], 'planledger: Unknown finding `NOPE-001` (not in docs/findings.md)\nhint: add it first with `planledger finding add`\n'],
      [['chek'], 'planledger: unknown command `chek`\nhint: did you mean check?\n'],
    ]
    for (const [args, stderr] of cases) assert.deepEqual(await planledger(...args), {stdout: '', stderr, exitCode: 2}, args.join(' '))
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('off a terminal without --yes: previews, writes nothing, exits 1', async () => {
    const snapshot = snapshotFiles(root)
    const result = await planledger('set', 'DATA-LOADER-002', 'Status=done', '--date', '2026-11-21')
    assert.equal(result.exitCode, 1)
    assert.match(result.stdout, /^--- a\/docs\/fix_plan\.md\n/)
    assert.match(result.stderr, /not applied: stdin is not a terminal/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })
})
