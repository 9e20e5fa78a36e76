import assert from 'node:assert/strict'
import {unknownFinding} from '../../src/rules/unknown-finding.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, seedContext, severityOf, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const FINDINGS = `# Knowledge Base

| Finding ID | Date | Synopsis | Evidence |
| --- | --- | --- | --- |
| POLICY-001 | 2025-10-17 | PyTorch is mandatory | [Link](findings.md#policy-001) |
| FORMAT-001 | 2025-10-17 | Legacy NPZ transpose | [Superseded by](findings.md#FORMAT-404) |
| TORCH-REASSEMBLY-NORM-001 | 2025-11-02 | Normalise after reassembly | POLICY-777 is not a row here |
`

const FIX_PLAN = `# Fix Plan

## [TEST-PYTORCH-001] Regression
- Status: in_progress
- Findings Applied: POLICY-001, POLICY-010 (see FORMAT-002)
- Attempts History:
  * [2025-10-19] Attempt #1 — Ran it. Findings applied: FORMAT-001, FORMAT-01. Artifacts: \`x/\`.
  * [2025-10-19] Attempt #2 — Cited [the policy](findings.md#POLICY-002), [format](findings.md#format-001-legacy-npz) and [guide](findings.md#key-lessons).
`

const PLAN = `# Plan
- Findings: POLICY-001 (PyTorch required), FORMAT-009 (typo)

| ID | Task | State | Guidance |
| --- | --- | --- | --- |
| A1 | Check | [x] | Mentions POLICY-003, TORCH-REASSEMBLY-NORM-004, TEST-PYTORCH-001, CONFIG-001, POLICY-900 and \`POLICY-001\`. |
`

const PLAN_PATH = 'plans/active/TEST-PYTORCH-001/implementation.md'

describe('unknown-finding', () => {
  const context = contextFrom({fixPlan: FIX_PLAN, findings: FINDINGS, plans: {[PLAN_PATH]: PLAN}, existing: ['plans/active/POLICY-900']})
  const reports = unknownFinding.check(context)

  it('reports findings cited by link or label that the ledger lacks, at the ID, with did-you-mean', () => {
    const at = (text: string, needle: string, id: string) => {
      const line = lineOf(text, needle)
      return {line, column: columnOf(text, line, id)}
    }
    const errors = reports.filter((report) => severityOf(unknownFinding, report) === 'error')
    assert.deepEqual(errors, [
      {
        path: 'docs/fix_plan.md',
        ...at(FIX_PLAN, 'Findings Applied:', 'POLICY-010'),
        message: 'Finding `POLICY-010` under `Findings Applied` is not in the findings ledger `docs/findings.md`',
        hint: 'did you mean POLICY-001?',
      },
      {
        path: 'docs/fix_plan.md',
        ...at(FIX_PLAN, 'Attempt #1', 'FORMAT-01.'),
        message: 'Finding `FORMAT-01` under `Findings applied` is not in the findings ledger `docs/findings.md`',
        hint: 'did you mean FORMAT-001?',
      },
      {
        path: 'docs/fix_plan.md',
        ...at(FIX_PLAN, 'Attempt #2', 'POLICY-002'),
        message: 'Finding `POLICY-002` cited by link `findings.md#POLICY-002` is not in the findings ledger `docs/findings.md`',
        hint: 'did you mean POLICY-001?',
      },
      {
        path: 'docs/findings.md',
        ...at(FINDINGS, 'Superseded by', 'FORMAT-404'),
        message: 'Finding `FORMAT-404` cited by link `findings.md#FORMAT-404` is not in the findings ledger `docs/findings.md`',
        hint: 'did you mean FORMAT-001?',
      },
      {
        path: PLAN_PATH,
        ...at(PLAN, 'Findings:', 'FORMAT-009'),
        message: 'Finding `FORMAT-009` under `Findings` is not in the findings ledger `docs/findings.md`',
        hint: 'did you mean FORMAT-001?',
      },
    ])
  })

  it('warns about bare IDs shaped like the ledger\'s own that name no finding, item or initiative', () => {
    assert.deepEqual(summarize(unknownFinding, reports.filter((report) => report.severity === 'warning')), [
      `warning docs/fix_plan.md:5:${columnOf(FIX_PLAN, 5, 'FORMAT-002')} \`FORMAT-002\` looks like a finding ID but is not in the findings ledger \`docs/findings.md\`, nor a fix-plan item or initiative`,
      `warning ${PLAN_PATH}:6:${columnOf(PLAN, 6, 'POLICY-003')} \`POLICY-003\` looks like a finding ID but is not in the findings ledger \`docs/findings.md\`, nor a fix-plan item or initiative`,
      `warning ${PLAN_PATH}:6:${columnOf(PLAN, 6, 'TORCH-REASSEMBLY-NORM-004')} \`TORCH-REASSEMBLY-NORM-004\` looks like a finding ID but is not in the findings ledger \`docs/findings.md\`, nor a fix-plan item or initiative`,
    ])
    assert.equal(reports.length, 8)
  })

  it('reports nothing when every citation is known, and nothing without a findings ledger', () => {
    const clean = contextFrom({
      fixPlan: '# Fix Plan\n\n## [A-1] Item\n- Status: done\n- Findings: POLICY-001, FORMAT-001 (see [it](findings.md#policy-001-pytorch))\n',
      findings: FINDINGS.replace('findings.md#FORMAT-404', 'findings.md#format-001'),
      plans: {'plans/active/A-1/plan.md': '# Plan\nFindings applied: TORCH-REASSEMBLY-NORM-001. Also A-1 and CONFIG-002.\n'},
    })
    assert.deepEqual(unknownFinding.check(clean), [])
    assert.deepEqual(unknownFinding.check(contextFrom({fixPlan: FIX_PLAN, plans: {[PLAN_PATH]: PLAN}})), [])
  })

  itWithCorpus('reports no errors on the seed scenario (nor warnings: every cited finding exists)', () => {
    assert.deepEqual(unknownFinding.check(seedContext()), [])
  })
  it('reports a link naming its finding in its text once, as the link (not again as a bare ID)', () => {
    const fixPlan = '# Fix Plan\n\n## [A-1] T\n- Status: done\n- Notes: see [POLICY-404](findings.md#policy-404) and [POLICY-001](findings.md#policy-001); POLICY-404 again.\n'
    const found = unknownFinding.check(contextFrom({fixPlan, findings: FINDINGS})).filter((report) => report.path === 'docs/fix_plan.md')
    const line = lineOf(fixPlan, 'Notes:')
    assert.deepEqual(
      found.map((report) => ({line: report.line, column: report.column, severity: severityOf(unknownFinding, report)})),
      [
        {line, column: columnOf(fixPlan, line, 'policy-404'), severity: 'error'},
        // The later mention outside the link is a citation of its own.
        {line, column: columnOf(fixPlan, line, 'POLICY-404 again'), severity: 'warning'},
      ],
    )
  })
})
