import assert from 'node:assert/strict'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const SUB_PLAN = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'

describeWithCorpus('planledger show', () => {
  let root: string
  before(() => {
    root = makeScenario()
  })
  after(() => removeScenario(root))

  it('prints a fix-plan item with its fields and attempts', async () => {
    const result = await runCli(['show', 'TEST-PYTORCH-001'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, '')
    const lines = result.stdout.split('\n')
    assert.equal(lines[0], 'docs/fix_plan.md:18: [TEST-PYTORCH-001] Author PyTorch integration workflow regression')
    assert.ok(lines.includes('  Status: in_progress'))
    assert.ok(lines.includes('  Working Plan: `plans/active/TEST-PYTORCH-001/implementation.md`'))
    assert.ok(lines.includes('attempts (4):'))
    assert.match(result.stdout, /^ {2}#7 \[2025-10-19\] Phase C3 artifact audit; .* \(line 29\)$/m)
  })

  it('returns a fix-plan item as JSON', async () => {
    const result = await runCli(['show', 'TEST-PYTORCH-001', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const item = JSON.parse(result.stdout)
    assert.equal(item.kind, 'fix-plan-item')
    assert.equal(item.path, 'docs/fix_plan.md')
    assert.equal(item.line, 18)
    assert.equal(item.title, 'Author PyTorch integration workflow regression')
    assert.deepEqual(item.fields[2], {key: 'Status', value: 'in_progress', line: 21, body: 'in_progress'})
    assert.deepEqual(
      item.attempts.map((attempt: {number: number}) => attempt.number),
      [0, 1, 6, 7],
    )
    const last = item.attempts[3]
    assert.deepEqual([last.date, last.label, last.line], ['2025-10-19', null, 29])
    assert.match(last.text, /^Phase C3 artifact audit; rerun 35\.98s\./)
  })

  it('prints a plan row with its cells by header', async () => {
    const result = await runCli(['show', 'D1.A'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const lines = result.stdout.split('\n')
    assert.equal(lines[0], `${SUB_PLAN}:29: D1.A [ ] open — Aggregate runtime evidence`)
    assert.equal(lines[1], '  phase: D1')
    assert.equal(lines[2], '  ID: D1.A')
    assert.equal(lines[4], '  State: [ ]')
    assert.match(lines[5], /^ {2}How\/Why & Guidance: Parse C2 GREEN/)
  })

  it('returns a plan row as JSON', async () => {
    const result = await runCli(['show', 'D1.A', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const row = JSON.parse(result.stdout)
    const {cells, ...rest} = row
    assert.deepEqual(rest, {
      kind: 'plan-row',
      path: SUB_PLAN,
      line: 29,
      id: 'D1.A',
      phase: 'D1',
      state: 'open',
      marker: ' ',
      text: 'Aggregate runtime evidence',
    })
    assert.deepEqual(Object.keys(cells), ['ID', 'Task Description', 'State', 'How/Why & Guidance'])
    assert.equal(cells.State, '[ ]')
  })

  it('prints a finding with its columns', async () => {
    const result = await runCli(['show', 'POLICY-001'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const lines = result.stdout.split('\n')
    assert.equal(lines[0], 'docs/findings.md:11: POLICY-001')
    assert.equal(lines[1], '  Finding ID: POLICY-001')
    assert.equal(lines[2], '  Date: 2025-10-17')
    assert.ok(lines.includes('  Status: Active'))
  })

  it('returns a finding as JSON', async () => {
    const result = await runCli(['show', 'POLICY-001', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const finding = JSON.parse(result.stdout)
    assert.deepEqual([finding.kind, finding.path, finding.line, finding.id], ['finding', 'docs/findings.md', 11, 'POLICY-001'])
    assert.equal(finding.columns.Status, 'Active')
    assert.equal(finding.columns.Keywords, 'policy, PyTorch, dependencies, mandatory')
  })

  it('looks only in the --file ledger', async () => {
    const inPlan = await runCli(['show', 'C3', '--file', 'plans/active/TEST-PYTORCH-001/implementation.md', '--json'], {cwd: root})
    assert.equal(inPlan.exitCode, 0, inPlan.stderr)
    assert.equal(JSON.parse(inPlan.stdout).state, 'partial')
    const elsewhere = await runCli(['show', 'C3', '--file', SUB_PLAN], {cwd: root})
    assert.equal(elsewhere.exitCode, 2)
    assert.equal(elsewhere.stderr, 'planledger: Unknown ID `C3`\n')
  })

  it('prints an error as a JSON object on stdout with --json', async () => {
    const result = await runCli(['show', 'D1.X', '--json'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, '')
    assert.deepEqual(JSON.parse(result.stdout), {
      error: {message: 'Unknown ID `D1.X`', hint: 'did you mean D1.A, D1.B or D1.C?', path: null, line: null, exitCode: 2, internal: false},
    })
  })
})
