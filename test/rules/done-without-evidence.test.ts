import assert from 'node:assert/strict'
import {doneWithoutEvidence} from '../../src/rules/done-without-evidence.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, seedContext, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const PLAN_PATH = 'plans/active/X-001/implementation.md'

const PLAN = `# Plan

| ID | Task | State | How/Why & Guidance |
| --- | --- | --- | --- |
| A1 | Linked | [x] | ✅ See [the report](reports/a1.md). |
| A2 | Backticked | \`[D]\` | **COMPLETE 2025-10-19:** Log at \`reports/a2/pytest.log\`. |
| A3 | Plain path | [x] | Evidence in reports/a3/summary.md §1. |
| A4 | Template only | [x] | Document findings in \`reports/<TS>/baseline/inventory.md\`. |
| A8 | Placeholder folder | [x] | Audit in \`reports/…/rotation_audit.md\` and \`phase_c/<STAMP>/…md\`. |
| A9 | Bare file name | [x] | Captured \`env.json\`. |
| A10 | Commit | [x] | Landed in 3f2a9c1. |
| A11 | Report folder | [x] | See the 2025-10-19T193425Z report. |
| A12 | Numbers only | [x] | Ran 1234567 steps; the defaced cache is gone. |
| A5 | Command only | [x] | Ran \`pytest tests -q\`, all green. |
| A6 | Open | [ ] | Nothing yet. |
| A7 | Glob | [x] | Logs: \`logs/pytest_*.log\`. |

| ID | State |
| --- | --- |
| B1 | [x] |

- [x] C1: Did it
- [x] C2: see \`out/log.txt\`
- [x] **Step 3: Commit**
`

describe('done-without-evidence', () => {
  it('passes over a plan whose done rows, at least 3, mostly cite nothing: that plan keeps no evidence convention', () => {
    const table = (states: string[]) => ['| ID | Task | State | Guidance |', '| --- | --- | --- | --- |', ...states.map((guidance, at) => `| R${at + 1} | Task | [x] | ${guidance} |`), ''].join('\n')
    const howTo = table(['Call the loader.', 'Check the shapes.', 'See `reports/r3.md`.', 'Log the sizes.'])
    assert.deepEqual(doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: howTo}})), [])
    const evidenced = table(['See `reports/r1.md`.', 'Log at `reports/r2.log`.', 'Check the shapes.', 'Landed in 3f2a9c1.'])
    assert.deepEqual(
      doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: evidenced}})).map((report) => report.line),
      [lineOf(evidenced, '| R3 |')],
    )
    const small = table(['Call the loader.', 'Check the shapes.'])
    assert.equal(doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: small}})).length, 2, 'two done rows show no convention: both reported')
  })

  it('warns about done rows whose guidance cell (checklists: text) cites no path, link or commit, at the state marker', () => {
    const reports = doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: PLAN}}))
    const a5 = lineOf(PLAN, '| A5 |')
    const a12 = lineOf(PLAN, '| A12 |')
    const c1 = lineOf(PLAN, 'C1:')
    const step = lineOf(PLAN, 'Step 3')
    assert.deepEqual(summarize(doneWithoutEvidence, reports), [
      `warning ${PLAN_PATH}:${a12}:${columnOf(PLAN, a12, '[x]')} Done row \`A12\` cites no evidence: no artifact path or link in its guidance cell`,
      `warning ${PLAN_PATH}:${a5}:${columnOf(PLAN, a5, '[x]')} Done row \`A5\` cites no evidence: no artifact path or link in its guidance cell`,
      `warning ${PLAN_PATH}:${c1}:${columnOf(PLAN, c1, '[x]')} Done row \`C1\` cites no evidence: no artifact path or link in its text`,
      `warning ${PLAN_PATH}:${step}:${columnOf(PLAN, step, '[x]')} Done row \`Step 3: Commit\` cites no evidence: no artifact path or link in its text`,
    ])
    assert.equal(reports[0].hint, 'cite the report, log or file that shows it done, in backticks or as a link')
  })

  it('counts templates, placeholder folders, bare file names, commits and report stamps as evidence (A4, A8–A11)', () => {
    const reported = doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: PLAN}})).map((report) => report.message)
    for (const id of ['A4', 'A8', 'A9', 'A10', 'A11']) assert.equal(reported.some((message) => message.includes(`\`${id}\``)), false, id)
  })

  it('takes a hex word as a commit only with a digit and a letter, 7 to 40 long', () => {
    const row = (note: string) => `| ID | State | Notes |\n| --- | --- | --- |\n| A1 | [x] | ${note} |\n`
    const flagged = (note: string) => doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: row(note)}})).length === 1
    assert.equal(flagged('fixed in abc1234'), false)
    assert.equal(flagged('fixed in abc123'), true)
    assert.equal(flagged('fixed in 12345678'), true)
    assert.equal(flagged('fixed in accede'), true)
    assert.equal(flagged(`fixed in ${'a1'.repeat(21)}`), true)
  })

  it('reports nothing when every done row cites something', () => {
    const plan = '# Plan\n\n| ID | State | Notes |\n| --- | --- | --- |\n| A1 | [x] | `reports/a.md` |\n| A2 | [ ] | |\n\n- [x] B1: [log](logs/b.log)\n'
    assert.deepEqual(doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: plan}})), [])
  })

  it('reads a wrapped checklist item to its last line, where tick appends evidence, but not its sub-items', () => {
    const plan = ['- [x] B1: Re-ran the audit and', '      filtered the positives. Artifacts: `reports/audit.md`.', '- [x] B2: Committed.', '  - see `reports/b2.md`', ''].join('\n')
    const reports = doneWithoutEvidence.check(contextFrom({plans: {[PLAN_PATH]: plan}}))
    assert.deepEqual(reports.map((report) => report.message), ['Done row `B2` cites no evidence: no artifact path or link in its text'])
  })

  itWithCorpus('reports nothing on the seed scenario: its done rows all cite their logs', () => {
    assert.deepEqual(doneWithoutEvidence.check(seedContext()), [])
  })
})
