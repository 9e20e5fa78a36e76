import assert from 'node:assert/strict'
import {unknownState} from '../../src/rules/unknown-state.js'
import type {RuleReport} from '../../src/rules/rule.js'
import {contextFrom} from './rule-context.js'

const PLAN = `# Plan

| ID | Task | Status | Guidance |
| --- | --- | --- | --- |
| A1 | Known | [x] | done |
| A2 | Unknown | [Q] | hm |
| A3 | Backticked | \`[~]\` | hm |
| A4 | Blocked | [B] | waiting |

- [?] C1: unknown checkbox
- [-] no ID, cancelled: skipped
- [SKIP] C3: skipped too
- [S] C4: and this one
- [x] C2: fine
`

const shown = (reports: RuleReport[]) => reports.map((report) => `${report.path}:${report.line}:${report.column} ${report.message}`)

describe('unknown-state', () => {
  it('reports state cells and checkboxes outside the vocabulary, at the marker', () => {
    const expected = 'expected one of `[ ]` `[P]` `[x]` `[D]` `[S]`'
    assert.deepEqual(shown(unknownState.check(contextFrom({plans: {'plans/p.md': PLAN}}))), [
      `plans/p.md:6:18 Unexpected \`[Q]\` in Status cell of A2, ${expected}`,
      `plans/p.md:7:22 Unexpected \`[~]\` in Status cell of A3, ${expected}`,
      `plans/p.md:10:3 Unexpected \`[?]\` in checkbox of C1, ${expected}`,
    ])
  })

  it('hints at every state a marker may be configured as, a skip among them', () => {
    const [report] = unknownState.check(contextFrom({plans: {'plans/p.md': PLAN}}))
    assert.equal(report.hint, 'use a known marker, or add it to "states" in .planledger.json under the state it means (open, partial, done, blocked, skipped), e.g. {"done": ["Q"]}')
  })

  it('accepts the markers that config `states` adds, and names them as expected', () => {
    const reports = unknownState.check(contextFrom({plans: {'plans/p.md': PLAN}, config: {states: {partial: ['~'], done: 'Q'}}}))
    assert.deepEqual(
      reports.map((report) => report.message),
      ['Unexpected `[?]` in checkbox of C1, expected one of `[ ]` `[P]` `[x]` `[D]` `[S]` `[~]` `[Q]`'],
    )
  })

  it('does not report the skip markers `[S]`, `[-]`, `[SKIP]`, and takes a configured other meaning of one', () => {
    const plan = '| ID | State |\n| --- | --- |\n| A1 | [S] |\n| A2 | `[-]` |\n| A3 | [SKIP] |\n\n- [S] B1: skipped\n- [-] B2: skipped\n- [SKIP] B3: skipped\n'
    assert.deepEqual(unknownState.check(contextFrom({plans: {'plans/s.md': plan}})), [])
    const context = contextFrom({plans: {'plans/s.md': plan}, config: {states: {partial: ['-']}}})
    assert.deepEqual(
      context.plans[0].rows.map((row) => row.state?.state),
      ['skipped', 'partial', 'skipped', 'skipped', 'partial', 'skipped'],
    )
  })

  it('is silent for the built-in markers', () => {
    const plan = '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n| A2 | `[P]` |\n| A3 | [X] |\n| A4 | [✅] |\n\n- [D] B1: done\n- [ ] B2: open\n'
    assert.deepEqual(unknownState.check(contextFrom({plans: {'plans/p.md': plan}})), [])
  })
})
