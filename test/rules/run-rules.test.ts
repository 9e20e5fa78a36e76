import assert from 'node:assert/strict'
import {InternalError} from '../../src/errors.js'
import type {Rule} from '../../src/rules/rule.js'
import {runRules, sortProblems, type Problem} from '../../src/rules/run-rules.js'
import {contextFrom} from './rule-context.js'

const FIX_PLAN = '# Fix Plan\n\n## [A-1] Item\n- Status: pending\n'

/** A rule reporting fixed problems, so the runner's own behaviour is what is tested. */
function fakeRule(id: string, reports: Array<{line: number; column?: number; severity?: 'error' | 'warning'}>, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    description: `fake ${id}`,
    defaultSeverity: 'error',
    check: () => reports.map((report) => ({path: 'docs/fix_plan.md', message: `${id} at ${report.line}`, ...report})),
    ...extra,
  }
}

describe('runRules', () => {
  it('adds the rule id, the default severity and column 1 where the rule gave none', () => {
    const run = runRules(contextFrom({fixPlan: FIX_PLAN}), [fakeRule('one', [{line: 3}]), fakeRule('two', [{line: 4, column: 5, severity: 'warning'}])])
    assert.deepEqual(run.problems, [
      {rule: 'one', severity: 'error', path: 'docs/fix_plan.md', line: 3, column: 1, message: 'one at 3'},
      {rule: 'two', severity: 'warning', path: 'docs/fix_plan.md', line: 4, column: 5, message: 'two at 4'},
    ])
    assert.deepEqual(run.skipped, [])
  })

  it('lets config override every report\u2019s severity, and turn a rule off', () => {
    const rules = [fakeRule('one', [{line: 3}, {line: 4, severity: 'warning'}]), fakeRule('two', [{line: 5}])]
    const run = runRules(contextFrom({fixPlan: FIX_PLAN, config: {rules: {one: 'warning', two: 'off'}}}), rules)
    assert.deepEqual(
      run.problems.map((problem) => [problem.rule, problem.line, problem.severity]),
      [
        ['one', 3, 'warning'],
        ['one', 4, 'warning'],
      ],
    )
  })

  it('skips rules that need the findings ledger when it is absent, and says so; other rules run', () => {
    const needsFindings = fakeRule('needs-findings', [{line: 1}], {needs: ['findings']})
    const run = runRules(contextFrom({fixPlan: FIX_PLAN}), [needsFindings, fakeRule('other', [{line: 2}])])
    assert.deepEqual(run.skipped, [{rule: 'needs-findings', reason: 'no findings ledger'}])
    assert.deepEqual(
      run.problems.map((problem) => problem.rule),
      ['other'],
    )
    const withFindings = runRules(contextFrom({fixPlan: FIX_PLAN, findings: '# Findings\n'}), [needsFindings])
    assert.equal(withFindings.problems.length, 1)
  })

  it('quietly skips rules whose fix plan or baseline is absent', () => {
    const rules = [fakeRule('needs-fix-plan', [{line: 1}], {needs: ['fix-plan']}), fakeRule('needs-baseline', [{line: 1}], {needs: ['baseline']})]
    assert.deepEqual(runRules(contextFrom({findings: '# Findings\n'}), rules), {problems: [], skipped: []})
    const withBoth = runRules(contextFrom({fixPlan: FIX_PLAN, baseline: {fixPlan: FIX_PLAN}}), rules)
    assert.equal(withBoth.problems.length, 2)
  })

  it('names the rule when it throws', () => {
    const broken = fakeRule('broken', [], {
      check: () => {
        throw new TypeError('boom')
      },
    })
    assert.throws(() => runRules(contextFrom({}), [broken]), (error: unknown) => error instanceof InternalError && error.message === 'rule broken failed: boom')
  })
})

describe('sortProblems', () => {
  it('orders by path, line, column, then the rule\u2019s place in the list', () => {
    const problem = (rule: string, path: string, line: number, column: number): Problem => ({rule, severity: 'error', path, line, column, message: ''})
    const rules = [fakeRule('first', []), fakeRule('second', [])]
    const sorted = sortProblems([problem('first', 'b.md', 1, 1), problem('second', 'a.md', 2, 1), problem('first', 'a.md', 2, 1), problem('first', 'a.md', 1, 9), problem('second', 'a.md', 1, 3)], rules)
    assert.deepEqual(
      sorted.map((p) => `${p.path}:${p.line}:${p.column} ${p.rule}`),
      ['a.md:1:3 second', 'a.md:1:9 first', 'a.md:2:1 first', 'a.md:2:1 second', 'b.md:1:1 first'],
    )
  })
})

describe('runRules by dialect', () => {
  const CHECKLIST = '# Fix Plan\n\n- [ ] **T-1**: first\n- [x] **T-2**: second\n'
  /** Reports one problem per fix-plan item it is shown, and one for each plan. */
  const itemRule = (dialects: Rule['dialects']) =>
    fakeRule('items', [], {
      dialects,
      check: (context) => [
        ...(context.fixPlan?.items ?? []).map((item) => ({path: 'docs/fix_plan.md', line: item.line, message: 'item'})),
        ...context.plans.map((plan) => ({path: plan.doc.path, line: 1, message: 'plan'})),
      ],
    })

  it('hides a fix plan in a dialect the rule does not judge, and still shows it the plans', () => {
    const context = contextFrom({fixPlan: CHECKLIST, plans: {'plans/p.md': '# Plan\n'}})
    assert.equal(context.fixPlan?.dialect, 'checklist')
    const run = runRules(context, [itemRule(['bracketed-headings'])])
    assert.deepEqual(run.problems.map((problem) => [problem.path, problem.message]), [['plans/p.md', 'plan']])
    assert.deepEqual(run.skipped, [])
  })

  it('shows the fix plan to a rule that judges its dialect, or names none', () => {
    for (const dialects of [['checklist'] as const, undefined]) {
      const run = runRules(contextFrom({fixPlan: CHECKLIST}), [itemRule(dialects)])
      assert.deepEqual(run.problems.map((problem) => problem.line), [3, 4])
    }
  })

  it('does not run a rule needing the fix plan when its dialect is not judged', () => {
    let ran = false
    const rule = fakeRule('needy', [], {needs: ['fix-plan'], dialects: ['bracketed-headings'], check: () => ((ran = true), [])})
    runRules(contextFrom({fixPlan: CHECKLIST}), [rule])
    assert.equal(ran, false)
    runRules(contextFrom({fixPlan: FIX_PLAN}), [rule])
    assert.equal(ran, true)
  })

  it('hides the baseline fix plan by its own dialect', () => {
    let seen: unknown = 'not run'
    const rule = fakeRule('baseline', [], {dialects: ['bracketed-headings'], check: (context) => ((seen = context.baseline?.fixPlan?.dialect), [])})
    runRules(contextFrom({fixPlan: FIX_PLAN, baseline: {fixPlan: CHECKLIST}}), [rule])
    assert.equal(seen, undefined)
    runRules(contextFrom({fixPlan: CHECKLIST, baseline: {fixPlan: FIX_PLAN}}), [rule])
    assert.equal(seen, 'bracketed-headings')
  })
})
