import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {describeWithCorpus} from '../support/corpus.js'
import {checkFiles, corpusText, editLine, reportsOf} from '../support/check-injected.js'

// Recall of phase-status on real plans: a complete mark put on a phase heading whose rows are not all
// finished is reported at the heading; a qualified mark (`✅ MOSTLY COMPLETE`) is not; a done item
// whose Working Plan still has open rows is reported at its Status value.
const PLANS = [
  'ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_1_checklist.md',
  'ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_2_checklist.md',
  'ptychopinn/dose_experiments/plans/active/DEBUG-SIM-LINES-DOSE-001/implementation.md',
  'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md',
  'seed-scenario/plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md',
]
const AT = 'plans/active/R-1/implementation.md'
const MARKS = ['✅ COMPLETE', '— DONE', '[COMPLETE]']

/** The text with the phase heading marked and the phase's first row re-opened (its marker made `[ ]`). */
function markedWithOpenRow(text: string, phaseIndex: number, mark: string): {text: string; line: number; row: number} {
  const plan = readPlan(createDocument(AT, text))
  const phase = plan.phases.filter((candidate) => candidate.rows.length > 0 && candidate.status === undefined)[phaseIndex]
  const row = phase.rows[0]
  const span = row.state!.span
  const reopened = `${text.slice(0, span.start)}[ ]${text.slice(span.end)}`
  return {text: editLine(reopened, phase.line, (heading) => `${heading.trimEnd()} ${mark}`), line: phase.line, row: row.line}
}

function phasesToMark(text: string): number {
  return readPlan(createDocument(AT, text)).phases.filter((phase) => phase.rows.length > 0 && phase.status === undefined).length
}

describeWithCorpus('recall: phase-status on real plans', () => {
  for (const path of PLANS) {
    it(`reports a complete mark over an open row at the heading, and not a qualified one: ${path}`, async () => {
      const text = corpusText(path)
      const count = phasesToMark(text)
      assert.ok(count >= 1, `no phase with rows in ${path}`)
      const clean = reportsOf(await checkFiles({[AT]: text}), 'phase-status')
      for (let index = 0; index < count; index++) {
        const mark = MARKS[index % MARKS.length]
        const injected = markedWithOpenRow(text, index, mark)
        assert.deepEqual(clean.filter((report) => report.line === injected.line), [], `${path}:${injected.line} reported before injection`)
        const reports = reportsOf(await checkFiles({[AT]: injected.text}), 'phase-status').filter((report) => report.line === injected.line)
        assert.equal(reports.length, 1, `${path}:${injected.line} ${mark} not reported`)
        assert.equal(reports[0].severity, 'warning')
        // The dash only introduces the mark: the message names `DONE`.
        const shown = mark.replace(/^— /, '').replace(/[[\]]/g, '\\$&')
        assert.match(reports[0].message, new RegExp(`is marked \`${shown}\` but has \\d+ open rows? \\(`))
        const qualified = markedWithOpenRow(text, index, '✅ MOSTLY COMPLETE')
        assert.deepEqual(reportsOf(await checkFiles({[AT]: qualified.text}), 'phase-status').filter((report) => report.line === qualified.line), [], `${path}:${qualified.line} MOSTLY`)
      }
    })
  }

  it('reports a done item whose Working Plan still has open rows, at its Status value (seed fix plan, real plan)', async () => {
    const fixPlan = corpusText('seed-scenario/docs/fix_plan.md')
    const plan = corpusText('seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md')
    const files = (ledger: string) => ({'docs/fix_plan.md': ledger, 'plans/active/TEST-PYTORCH-001/implementation.md': plan})
    const statusLine = fixPlan.split('\n').findIndex((line) => line === '- Status: in_progress') + 1
    assert.deepEqual(reportsOf(await checkFiles(files(fixPlan)), 'phase-status', 'docs/fix_plan.md'), [])
    const injected = editLine(fixPlan, statusLine, () => '- Status: done')
    const reports = reportsOf(await checkFiles(files(injected)), 'phase-status', 'docs/fix_plan.md')
    assert.deepEqual(reports.map((report) => [report.line, report.column]), [[statusLine, 11]])
    assert.match(reports[0].message, /^`\[TEST-PYTORCH-001\]` has Status `done` but its Working Plan `plans\/active\/TEST-PYTORCH-001\/implementation.md` has \d+ open rows/)
  })
})
