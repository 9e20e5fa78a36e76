import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {completionMarkOf} from '../../src/rules/support/phase-completion.js'
import {phaseStatus} from '../../src/rules/phase-status.js'
import {contextFrom} from './rule-context.js'
import {lineOf, seedContext, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const PLAN_PATH = 'plans/active/X-001/implementation.md'

const PLAN = `# X-001

### Phase A — Setup ✅ COMPLETE
| ID | Task | State | Guidance |
| --- | --- | --- | --- |
| A1 | Done one | [x] | \`a.md\` |
| A2 | Open one | [ ] | |
| A3 | Partial one | [P] | |
| A4 | Blocked one | [B] | |

### Phase B [COMPLETE]

#### Phase B1 — Sub-phase
- [ ] B1.A: still open

### Phase C — DONE
- [x] C1: finished \`c.md\`

### Phase D 🚧 IN PROGRESS
- [ ] D1: open, and the heading says so
`

const FIX_PLAN = `# Fix Plan

## [X-001] Finished, says the status
- Status: done
- Working Plan: \`plans/active/X-001/implementation.md\`

## [Y-002] Still going
- Status: in_progress
- Working Plan: \`plans/active/X-001/implementation.md\`
`

describe('phase-status', () => {
  it('warns about complete phases with open or partial rows, sub-phases included, and done items with open plans', () => {
    const reports = phaseStatus.check(contextFrom({fixPlan: FIX_PLAN, plans: {[PLAN_PATH]: PLAN}}))
    assert.deepEqual(summarize(phaseStatus, reports), [
      `warning ${PLAN_PATH}:${lineOf(PLAN, 'Phase A')}:1 Phase \`A\` is marked \`✅ COMPLETE\` but has 2 open rows (\`A2\`, \`A3\`)`,
      `warning ${PLAN_PATH}:${lineOf(PLAN, 'Phase B [')}:1 Phase \`B\` is marked \`[COMPLETE]\` but has 1 open row (\`B1.A\`)`,
      `warning docs/fix_plan.md:4:11 \`[X-001]\` has Status \`done\` but its Working Plan \`plans/active/X-001/implementation.md\` has 4 open rows (\`A2\`, \`A3\`, \`B1.A\`, \`D1\`)`,
    ])
    assert.equal(reports[0].hint, 'finish or re-open those rows, or take the mark off the heading')
  })

  it('finds a done item\u2019s Working Plan written with an anchor or a trailing note, as broken-link reads it', () => {
    for (const written of ['`plans/active/X-001/implementation.md#phase-a`', 'plans/active/X-001/implementation.md (Phase D)']) {
      const fixPlan = FIX_PLAN.replace('- Working Plan: `plans/active/X-001/implementation.md`', `- Working Plan: ${written}`)
      const reports = phaseStatus.check(contextFrom({fixPlan, plans: {[PLAN_PATH]: PLAN}})).filter((report) => report.path === 'docs/fix_plan.md')
      assert.equal(reports.length, 1, written)
      assert.match(reports[0].message, /^`\[X-001\]` has Status `done` but its Working Plan .* has 4 open rows/)
    }
  })

  it('names the item as its file does: the bare ID in a fix plan of ID headings', () => {
    const fixPlan = '# Fix Plan\n\n### X-001: Finished, says the status\n- Status: done\n- Working Plan: `plans/active/X-001/implementation.md`\n\n### Y-002: Still going\n- Status: in_progress\n'
    const reports = phaseStatus.check(contextFrom({fixPlan, plans: {[PLAN_PATH]: PLAN}})).filter((report) => report.path === 'docs/fix_plan.md')
    assert.equal(reports.length, 1, JSON.stringify(reports))
    assert.match(reports[0].message, /^`X-001` has Status `done` but its Working Plan/)
  })

  it('judges every plan an item names, under any alias: here only the second plan field names the open plan', () => {
    const finished = '# Q\n\n### Phase A\n- [x] A1: `a.md`\n'
    const cases = [
      {fields: '- Plan Reference: `plans/active/Q-2/plan.md`\n- Plan: `plans/active/X-001/implementation.md`', config: {}},
      {fields: '- Roadmap: `plans/active/Q-2/plan.md`\n- Design: `plans/active/X-001/implementation.md`', config: {fieldAliases: {'Working Plan': ['Roadmap', 'Design']}}},
    ]
    for (const {fields, config} of cases) {
      const fixPlan = `# Fix Plan\n\n## [X-001] Finished, says the status\n- Status: done\n${fields}\n`
      const reports = phaseStatus.check(contextFrom({fixPlan, config, plans: {[PLAN_PATH]: PLAN, 'plans/active/Q-2/plan.md': finished}}))
      const mine = reports.filter((report) => report.path === 'docs/fix_plan.md')
      assert.equal(mine.length, 1, fields)
      assert.match(mine[0].message, /^`\[X-001\]` has Status `done` but its Working Plan `plans\/active\/X-001\/implementation\.md` has 4 open rows/)
    }
  })

  it('reads the completion marks headings use', () => {
    const marks = (heading: string) => completionMarkOf(readPlan(createDocument('p.md', `${heading}\n`)).phases[0])
    assert.equal(marks('### Phase A: Reproduction & Baseline ✅ COMPLETE'), '✅ COMPLETE')
    assert.equal(marks('### Phase C — DONE'), 'DONE')
    assert.equal(marks('### Phase E (COMPLETED)'), '(COMPLETED)')
    assert.equal(marks('### Phase F [x]'), '[x]')
    assert.equal(marks('### Phase B [COMPLETE]'), '[COMPLETE]')
    assert.equal(marks('### Phase K ✅ COMPLETE (2025-10-19)'), '✅ COMPLETE')
    assert.equal(marks('### Phase H 🚧 IN PROGRESS'), undefined)
    assert.equal(marks('### Phase I: Done with the parser'), undefined)
    assert.equal(marks('### Phase D — Regression Hardening & Documentation'), undefined)
    assert.equal(marks('### Phase L — Ensemble COMPLETE'), 'COMPLETE')
    assert.equal(marks('### Phase M — Assembly ✅ COMPLETE'), '✅ COMPLETE')
    assert.equal(marks('### Phase N — Fully COMPLETE'), 'Fully COMPLETE')
  })

  it('reports nothing when complete phases have only finished rows', () => {
    const finished = '# P\n\n### Phase A ✅\n- [x] A1: `a.md`\n- [B] A2: blocked, not open\n'
    const unmarked = '# Q\n\n### Phase B\n- [ ] B1: open, in a phase that claims nothing\n'
    const fixPlan = '# Fix Plan\n\n## [P-1] Item\n- Status: done\n- Working Plan: `plans/active/P-1/implementation.md`\n'
    const plans = {'plans/active/P-1/implementation.md': finished, 'plans/active/Q-2/plan.md': unmarked}
    assert.deepEqual(phaseStatus.check(contextFrom({fixPlan, plans})), [])
  })

  it('reads a qualified complete (MOSTLY, PARTIALLY, NEARLY, almost, mostly done) as partial: no claim to report', () => {
    const headings = [
      '### Phase A — Setup ✅ MOSTLY COMPLETE',
      '### Phase A: Setup PARTIALLY COMPLETE',
      '### Phase A — NEARLY COMPLETE',
      '### Phase A — almost done',
      '### Phase A — Mostly Done',
      '### Phase A ✅ LARGELY COMPLETE',
    ]
    for (const heading of headings) {
      const plan = `# P\n\n${heading}\n- [x] A1: \`a.md\`\n- [ ] A2: still open\n`
      assert.equal(completionMarkOf(readPlan(createDocument('p.md', plan)).phases[0]), undefined, heading)
      assert.deepEqual(phaseStatus.check(contextFrom({plans: {'plans/active/P-1/implementation.md': plan}})), [], heading)
    }
  })

  it('still reports the unqualified mark, and takes skipped rows as settled', () => {
    const plan = '# P\n\n### Phase A ✅ COMPLETE\n- [x] A1: `a.md`\n- [S] A2: not needed\n- [-] A3: dropped\n\n### Phase B ✅ COMPLETE\n- [SKIP] B1: skipped\n- [ ] B2: open\n'
    const reports = phaseStatus.check(contextFrom({plans: {'plans/active/P-1/implementation.md': plan}}))
    assert.deepEqual(reports.map((report) => [report.line, report.message]), [[8, 'Phase `B` is marked `✅ COMPLETE` but has 1 open row (`B2`)']])
  })

  itWithCorpus('reports nothing on the seed scenario: no phase is marked complete, the done item\'s plan is not in the tree', () => {
    assert.deepEqual(phaseStatus.check(seedContext()), [])
  })
})
