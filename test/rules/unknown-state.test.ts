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
- [-] no ID, cancelled or in progress?
- [x] C2: fine
`

const shown = (reports: RuleReport[]) => reports.map((report) => `${report.path}:${report.line}:${report.column} ${report.message}`)

describe('unknown-state', () => {
  it('reports state cells and checkboxes outside the vocabulary, at the marker', () => {
    const expected = 'expected one of `[ ]` `[P]` `[x]` `[D]`'
    assert.deepEqual(shown(unknownState.check(contextFrom({plans: {'plans/p.md': PLAN}}))), [
      `plans/p.md:6:18 Unexpected \`[Q]\` in Status cell of A2, ${expected}`,
      `plans/p.md:7:22 Unexpected \`[~]\` in Status cell of A3, ${expected}`,
      `plans/p.md:10:3 Unexpected \`[?]\` in checkbox of C1, ${expected}`,
      `plans/p.md:11:3 Unexpected \`[-]\` in checkbox, ${expected}`,
    ])
  })

  it('accepts the markers that config `states` adds, and names them as expected', () => {
    const reports = unknownState.check(contextFrom({plans: {'plans/p.md': PLAN}, config: {states: {partial: ['~'], done: 'Q'}}}))
    assert.deepEqual(
      reports.map((report) => report.message),
      [
        'Unexpected `[?]` in checkbox of C1, expected one of `[ ]` `[P]` `[x]` `[D]` `[~]` `[Q]`',
        'Unexpected `[-]` in checkbox, expected one of `[ ]` `[P]` `[x]` `[D]` `[~]` `[Q]`',
      ],
    )
  })

  it('is silent for the built-in markers', () => {
    const plan = '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n| A2 | `[P]` |\n| A3 | [X] |\n| A4 | [✅] |\n\n- [D] B1: done\n- [ ] B2: open\n'
    assert.deepEqual(unknownState.check(contextFrom({plans: {'plans/p.md': plan}})), [])
  })
})
