import assert from 'node:assert/strict'
import {DEFAULT_LINE_BUDGET, lineBudget} from '../../src/rules/line-budget.js'
import {contextFrom} from './rule-context.js'

/** A fix plan of exactly `count` lines (the last one ends with a newline, which adds no line). */
function fixPlanOf(count: number): string {
  const lines = ['# Fix Plan', '', '## [A-1] Item', '- Status: done']
  while (lines.length < count) lines.push(`- Note: line ${lines.length + 1}`)
  return `${lines.join('\n')}\n`
}

describe('line-budget', () => {
  it('reports a fix plan at its budget, at the line that reaches it, with the size in the hint', () => {
    const reports = lineBudget.check(contextFrom({fixPlan: fixPlanOf(12), config: {lineBudget: 10}}))
    assert.deepEqual(reports, [
      {
        path: 'docs/fix_plan.md',
        line: 10,
        message: 'Fix plan is at or over its line budget of 10 lines',
        hint: 'it has 12 lines; move done items out with `planledger archive`',
      },
    ])
  })

  it('counts the exact budget as over, and one line less as fine', () => {
    assert.equal(lineBudget.check(contextFrom({fixPlan: fixPlanOf(10), config: {lineBudget: 10}})).length, 1)
    assert.deepEqual(lineBudget.check(contextFrom({fixPlan: fixPlanOf(9), config: {lineBudget: 10}})), [])
  })

  it('defaults to 1000 lines', () => {
    assert.equal(DEFAULT_LINE_BUDGET, 1000)
    assert.deepEqual(lineBudget.check(contextFrom({fixPlan: fixPlanOf(999)})), [])
    const [report] = lineBudget.check(contextFrom({fixPlan: fixPlanOf(1000)}))
    assert.equal(report.line, 1000)
    assert.equal(report.message, 'Fix plan is at or over its line budget of 1000 lines')
  })

  it('leaves the configured archive alone, however long', () => {
    const context = contextFrom({fixPlan: fixPlanOf(20), config: {lineBudget: 5, archive: 'docs/fix_plan.md'}})
    assert.deepEqual(lineBudget.check(context), [])
  })

  it('looks at the fix plan only', () => {
    const long = fixPlanOf(20)
    assert.deepEqual(lineBudget.check(contextFrom({findings: long, plans: {'plans/p.md': long}, config: {lineBudget: 5}})), [])
  })

  describe('on a fix plan in another dialect', () => {
    /** A checklist fix plan (FORMATS.md §4) of exactly `count` lines. */
    function checklistOf(count: number): string {
      const lines = ['# Fix Plan', '']
      while (lines.length < count) lines.push(`- [ ] task ${lines.length + 1}`)
      return `${lines.join('\n')}\n`
    }

    it('is a warning over the default budget, its own team keeping longer files', () => {
      const context = contextFrom({fixPlan: checklistOf(1000)})
      assert.equal(context.fixPlan?.dialect, 'checklist')
      const [report] = lineBudget.check(context)
      assert.equal(report.severity, 'warning')
      assert.equal(report.line, 1000)
      assert.match(report.hint ?? '', /^it has 1000 lines; set "lineBudget" in \.planledger\.json/)
    })

    it('is an error over a budget the project set', () => {
      const [report] = lineBudget.check(contextFrom({fixPlan: checklistOf(12), config: {lineBudget: 10}}))
      assert.equal(report.severity, undefined)
      assert.equal(report.hint, 'it has 12 lines; move done items out with `planledger archive`')
    })
  })
})
