import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const SUB_PLAN = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'
const HUB = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening'

describeWithCorpus('planledger tick and attempt on the seed scenario', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  it('ticks D1.A-C by initiative ID, changing exactly those three lines', async () => {
    const before = readFileSync(join(root, SUB_PLAN), 'utf8')
    const result = await runCli(
      ['tick', 'TEST-PYTORCH-001', 'D1.A-C', '--artifact', `${HUB}/runtime_profile.md`, '--note', 'Runtime profile complete', '--date', '2025-10-19', '--yes'],
      {cwd: root},
    )
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stderr, /warning: artifact .*runtime_profile\.md does not exist \(yet\)/)
    const after = readFileSync(join(root, SUB_PLAN), 'utf8')
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index])
    assert.equal(changed.length, 3)
    for (const [index, id] of ['D1.A', 'D1.B', 'D1.C'].entries()) {
      assert.ok(changed[index].startsWith(`| ${id} | `))
      assert.ok(changed[index].includes(' | [x] | '))
      assert.ok(changed[index].endsWith(`✅ 2025-10-19 — Runtime profile complete. Artifacts: \`${HUB}/runtime_profile.md\`. |`))
    }
    assert.equal(after.split('\n').length, before.split('\n').length)
  })

  it('takes an artifact in a folder named `..x` as inside the repository, and refuses `../x`', async () => {
    mkdirSync(join(root, '..x'))
    writeFileSync(join(root, '..x/profile.md'), 'evidence\n')
    const inside = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.A', '--artifact', '..x/profile.md', '--dry-run'], {cwd: root})
    assert.equal(inside.exitCode, 0, inside.stderr)
    assert.match(inside.stdout, /\+.*`\.\.x\/profile\.md`/)
    const outside = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.A', '--artifact', '../x.md', '--dry-run'], {cwd: root})
    assert.equal(outside.exitCode, 2)
    assert.match(outside.stderr, /^planledger: Artifact \.\.\/x\.md resolves to \S+\/x\.md, outside the repository/)
  })

  it('appends Attempt #8 after #7 and its continuation line', async () => {
    const result = await runCli(
      ['attempt', 'TEST-PYTORCH-001', '--body', 'Phase D1 runtime profile recorded.', '--finding', 'POLICY-001', '--finding', 'FORMAT-001', '--date', '2025-10-19', '--yes', '--json'],
      {cwd: root},
    )
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.equal(json.outcome, 'written')
    assert.equal(json.number, 8)
    const text = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8')
    assert.ok(
      text.includes(
        '    Next Actions: Phase D1 runtime profile; D2 ledger/doc alignment.\n  * [2025-10-19] Attempt #8 — Phase D1 runtime profile recorded. Findings applied: POLICY-001, FORMAT-001.\n- Exit Criteria:',
      ),
    )
  })

  it('off a terminal without --yes or --dry-run: shows the diff, writes nothing, exits 1', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.A'], {cwd: root})
    assert.equal(result.exitCode, 1)
    assert.match(result.stdout, /^-\| D1\.A \| .* \| \[ \] \|/m)
    assert.match(result.stdout, /^\+\| D1\.A \| .* \| \[x\] \|/m)
    assert.equal(result.stderr, 'planledger: not applied: stdin is not a terminal and neither --yes nor --dry-run was given\nhint: re-run with --yes to apply, or --dry-run to only preview\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('--dry-run shows the diff and writes nothing', async () => {
    const snapshot = snapshotFiles(root)
    const result = await runCli(['attempt', 'DATA-LOADER-002', '--body', 'first', '--date', '2025-10-20', '--dry-run'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^-  \* \(none yet\)$/m)
    assert.match(result.stdout, /^\+  \* \[2025-10-20\] Attempt #1 — first$/m)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('refuses to edit a ledger with git conflict markers', async () => {
    const path = join(root, 'docs/fix_plan.md')
    writeFileSync(path, readFileSync(path, 'utf8') + '<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n')
    const snapshot = snapshotFiles(root)
    const result = await runCli(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: docs/fix_plan.md:52: git conflict markers found; resolve the merge first\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  const refusals: Array<[string, string[], string]> = [
    ['an unknown row with a suggestion', ['tick', 'TEST-PYTORCH-001', 'D1.X', '--yes'], 'hint: did you mean D1.A, D1.B or D1.C?'],
    ['a range over two tables', ['tick', 'TEST-PYTORCH-001', 'D1.A-D2.B', '--yes'], 'planledger: Range `D1.A-D2.B` spans two tables (D1.A on line 29, D2.B on line 50)'],
    ['a range that ends before it starts', ['tick', 'TEST-PYTORCH-001', 'D1.C-A', '--yes'], 'planledger: Range `D1.C-A` ends before it starts: D1.A (line 29) comes before D1.C (line 31)'],
    ['an unknown item', ['attempt', 'TEST-PYTORCH-01', '--body', 'x', '--yes'], 'hint: did you mean TEST-PYTORCH-001?'],
    ['an unknown finding', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--finding', 'POLICY-01', '--yes'], 'planledger: Unknown finding `POLICY-01` (not in docs/findings.md)'],
    ['an empty body', ['attempt', 'TEST-PYTORCH-001', '--body', '  ', '--yes'], 'planledger: The attempt body is empty'],
  ]
  for (const [what, args, expected] of refusals) {
    it(`refuses ${what} with exit 2 and changes nothing`, async () => {
      const snapshot = snapshotFiles(root)
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 2, result.stderr)
      assert.ok(result.stderr.split('\n').includes(expected), result.stderr)
      assert.deepEqual(snapshotFiles(root), snapshot)
    })
  }
})
