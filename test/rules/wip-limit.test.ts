import assert from 'node:assert/strict'
import {wipLimit} from '../../src/rules/wip-limit.js'
import {contextFrom} from './rule-context.js'

/** A `## [ID]` fix plan with one item per status, IDs T-1, T-2, … */
function fixPlanWith(...statuses: string[]): string {
  return ['# Fix Plan', '', ...statuses.flatMap((status, at) => [`## [T-${at + 1}] Task`, `- Status: ${status}`, ''])].join('\n')
}

describe('wip-limit', () => {
  it('is off without wipLimit, however many items are in progress', () => {
    assert.deepEqual(wipLimit.check(contextFrom({fixPlan: fixPlanWith('in_progress', 'in_progress', 'in_progress')})), [])
  })

  it('reports at the first item over the limit, naming every in_progress item', () => {
    const reports = wipLimit.check(contextFrom({fixPlan: fixPlanWith('in_progress', 'done', 'in_progress', 'in_progress'), config: {wipLimit: 1}}))
    assert.deepEqual(reports, [
      {
        path: 'docs/fix_plan.md',
        line: 9,
        message: 'More items are in_progress than `wipLimit` allows (1)',
        hint: '3 are: [T-1] (line 3), [T-3] (line 9), [T-4] (line 12); finish or block some before starting more',
      },
    ])
  })

  it('allows exactly the limit, and counts only in_progress (not open, partial, blocked)', () => {
    const context = contextFrom({fixPlan: fixPlanWith('in_progress', 'open', 'blocked', 'in_progress', 'partial'), config: {wipLimit: 2}})
    assert.deepEqual(wipLimit.check(context), [])
  })

  it('reads in_progress however the dialect writes it: a table ledger’s status cells', () => {
    const table = ['# Fix Plan', '', '| ID | Title | Status |', '| --- | --- | --- |', '| T-1 | a | In progress |', '| T-2 | b | WIP |', '| T-3 | c | Done |', ''].join('\n')
    const reports = wipLimit.check(contextFrom({fixPlan: table, config: {wipLimit: 1}}))
    assert.deepEqual(
      reports.map((report) => [report.line, report.hint]),
      [[6, '2 are: T-1 (line 5), T-2 (line 6); finish or block some before starting more']],
    )
  })
})
