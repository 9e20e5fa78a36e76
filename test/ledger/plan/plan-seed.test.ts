import assert from 'node:assert/strict'
import {readPlan} from '../../../src/ledger/plan/plan.js'
import type {PlanLedger} from '../../../src/ledger/model.js'
import {corpusDocument, textOf} from '../helpers/ledger-files.js'
import {describeWithCorpus} from '../../support/corpus.js'

const IMPLEMENTATION = 'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md'
const PHASE_D_PLAN = 'seed-scenario/plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'

/** [id, state, marker text, line, phase] for every row, read back through the spans. */
function rowSummary(plan: PlanLedger) {
  return plan.rows.map((row) => [row.id, row.state?.state, row.state && textOf(plan.doc, row.state.span), row.line, row.phase])
}

describeWithCorpus('readPlan on the seed initiative plan', () => {
  const plan = readPlan(corpusDocument(IMPLEMENTATION))

  it('reads every task row with its state, marker span, line and phase', () => {
    assert.deepEqual(rowSummary(plan), [
      ['A1', 'done', '[x]', 23, 'A'],
      ['A2', 'done', '[x]', 24, 'A'],
      ['A3', 'done', '[x]', 25, 'A'],
      ['C1', 'done', '[x]', 36, 'C'],
      ['C2', 'done', '[x]', 37, 'C'],
      ['C3', 'partial', '[P]', 38, 'C'],
      ['D1', 'open', '[ ]', 51, 'D'],
      ['D2', 'open', '[ ]', 52, 'D'],
      ['D3', 'open', '[ ]', 53, 'D'],
    ])
    assert.deepEqual(plan.warnings, [])
  })

  it('reads the phases with their titles and fields', () => {
    assert.deepEqual(
      plan.phases.map((phase) => [phase.id, phase.title, phase.line, phase.level, phase.status, phase.rows.map((row) => row.id)]),
      [
        ['A', 'Baseline Assessment & Scope Lock', 16, 3, undefined, ['A1', 'A2', 'A3']],
        ['C', 'PyTorch Integration Test (TDD Cycle)', 29, 3, undefined, ['C1', 'C2', 'C3']],
        ['D', 'Regression Hardening & Documentation', 42, 3, undefined, ['D1', 'D2', 'D3']],
      ],
    )
    const [a, c, d] = plan.phases
    assert.equal(a.goal, 'Confirm prerequisites (CLI wiring, datasets, runtime requirements) and capture current-state observations before new work.')
    assert.equal(
      a.prereqs,
      'PyTorch extras installed (`pip install -e .[torch]`); datasets directory readable; Lightning integration from INTEGRATE-PYTORCH-001 green (Attempt #40 evidence).',
    )
    assert.equal(a.exitCriteria, 'Baseline summary documenting available fixtures, current test status, and runtime budget; artifact hub created under `reports/<TS>/baseline/`.')
    assert.equal(c.goal, 'Implement a native pytest regression that orchestrates train→infer with the lightweight fixture, adhering to artifact hygiene and determinism.')
    assert.equal(c.prereqs, 'Fixture + config profile ready; CLI confirmed functional.')
    assert.equal(d.goal, 'Lock in regression within CI, document runtime/perf, and update ledgers.')
    assert.equal(d.prereqs, 'Phase C GREEN run complete with artifacts.')
    assert.equal(d.exitCriteria, 'CI-ready guidance, parity metrics, ledger updates, and follow-on risks captured.')
  })

  it('maps the columns by name and keeps every cell with its header', () => {
    assert.equal(plan.tables.length, 3)
    for (const table of plan.tables) {
      assert.deepEqual(table.headers, ['ID', 'Task Description', 'State', 'How/Why & Guidance'])
      assert.deepEqual(table.columns, {id: 0, state: 2, guidance: 3})
      assert.equal(table.hasDelimiter, true)
    }
    assert.deepEqual(plan.tables.map((table) => table.headerLine), [21, 34, 49])
    const c3 = plan.rows.find((row) => row.id === 'C3')!
    assert.equal(c3.table, 1)
    assert.deepEqual(
      c3.cells.map((cell) => [cell.header, cell.text]),
      [
        ['ID', 'C3'],
        ['Task Description', 'Validate artifact set + metrics'],
        ['State', '[P]'],
        ['How/Why & Guidance', 'Artifact audit in progress at `reports/2025-10-19T130900Z/phase_c_modernization/artifact_audit.md`.'],
      ],
    )
    assert.equal(textOf(plan.doc, c3.span), plan.doc.lines[37].text)
    assert.equal(c3.state!.backticked, false)
  })

  it('does not read the `Planning reference:` line as a row', () => {
    assert.equal(plan.doc.lines[46].text.startsWith('Planning reference:'), true)
    assert.equal(plan.rows.some((row) => row.line === 47), false)
    assert.equal(plan.rows.length, 9)
  })
})

describeWithCorpus('readPlan on the seed Phase D sub-plan', () => {
  const plan = readPlan(corpusDocument(PHASE_D_PLAN))

  it('reads every task row with its state, marker span, line and phase', () => {
    assert.deepEqual(rowSummary(plan), [
      ['D1.A', 'open', '[ ]', 29, 'D1'],
      ['D1.B', 'open', '[ ]', 30, 'D1'],
      ['D1.C', 'open', '[ ]', 31, 'D1'],
      ['D2.A', 'open', '[ ]', 49, 'D2'],
      ['D2.B', 'open', '[ ]', 50, 'D2'],
      ['D2.C', 'open', '[ ]', 51, 'D2'],
      ['D3.A', 'open', '[ ]', 68, 'D3'],
      ['D3.B', 'open', '[ ]', 69, 'D3'],
      ['D3.C', 'open', '[ ]', 70, 'D3'],
    ])
    assert.deepEqual(plan.warnings, [])
  })

  it('reads the title phase and the three sub-phases with multi-line fields', () => {
    assert.deepEqual(
      plan.phases.map((phase) => [phase.id, phase.title, phase.line, phase.level, phase.rows.length]),
      [
        ['D', 'Regression Hardening & Documentation (TEST-PYTORCH-001)', 1, 1, 0],
        ['D1', 'Runtime & Resource Profile', 16, 3, 3],
        ['D2', 'Documentation & Ledger Alignment', 35, 3, 3],
        ['D3', 'CI Integration & Follow-up Gates', 55, 3, 3],
      ],
    )
    const [title, d1, d2, d3] = plan.phases
    // The title's `## Context` bullets (`- **Phase Goal:** ...`) belong to another section.
    assert.equal(title.goal, undefined)
    assert.equal(
      d1.goal,
      'Capture authoritative runtime, hardware, and resource notes for the PyTorch integration pytest selector so CI maintainers know expected performance envelopes.',
    )
    assert.equal(
      d1.prereqs,
      '- Phase C GREEN log available (`pytest_modernization_green.log`, rerun log from C3).\n- Access to hardware specs for the host running the test (CPU model, RAM).',
    )
    assert.equal(
      d1.exitCriteria,
      '- Runtime + environment profile documented under this phase directory.\n- Any variability considerations (e.g., tmp_path cleanup, dataset size) recorded for future tuning.',
    )
    assert.equal(d2.goal, 'Ensure project documentation and fix ledger reflect the pytest modernization, artifact discipline, and runtime expectations.')
    assert.equal(
      d2.exitCriteria,
      '- fix_plan attempts updated with Phase D evidence.\n- Workflow docs include PyTorch regression selector + runtime guidance.\n- Implementation plan Phase D table links to this phase’s artifacts.',
    )
    assert.equal(d3.goal, 'Define how the new pytest selector integrates into CI (markers/skip rules) and capture any follow-up work needed for automation.')
    assert.equal(
      d3.prereqs,
      '- D2 documentation updated so CI changes reference authoritative guidance.\n- Knowledge of existing CI configuration (see `docs/development/TEST_SUITE_INDEX.md` and any `.github/workflows/` configs if relevant).',
    )
  })

  it('gives each row its guidance cell by name', () => {
    const d1b = plan.rows.find((row) => row.id === 'D1.B')!
    const guidance = d1b.cells[plan.tables[d1b.table!].columns.guidance!]
    assert.equal(guidance.header, 'How/Why & Guidance')
    assert.match(guidance.text, /^Capture `python -m ptycho_torch.env_report`.*`env_snapshot.txt`\.$/)
    assert.equal(textOf(plan.doc, {start: guidance.contentStart, end: guidance.contentEnd}), guidance.text)
  })
})
