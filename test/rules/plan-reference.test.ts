import assert from 'node:assert/strict'
import {planReference} from '../../src/rules/plan-reference.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, seedContext, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const GOOD_PLAN = 'plans/active/GOOD-001/implementation.md'

const FIX_PLAN = `# Fix Plan

## [GONE-001] Open item with a missing plan
- Status: in_progress
- Working Plan: \`plans/active/GONE-001/implementation.md\`

## [OLD-001] Finished item whose plan moved
- Status: done
- Working Plan: \`plans/active/OLD-001/implementation.md\`

## [LINK-001] A Working Plan written as a link
- Status: pending
- Working Plan: [plan](plans/active/LINKED-001/implementation.md)

## [GOOD-001] Existing plan, from the root and from this folder
- Status: in_progress
- Working Plan: \`plans/active/GOOD-001/implementation.md\`

## [REL-001] Relative to the fix plan
- Status: pending
- Working Plan: ../plans/active/GOOD-001/implementation.md (Phase D)

## [NONE-001] Placeholders name no plan
- Status: pending
- Working Plan: —
- Plan Reference: TBD (after Phase C)

## [NA-001] More placeholders
- Status: in_progress
- Working Plan: n/a

## [TWO-001] Every plan field counts, not only the first
- Status: pending
- Working Plan: \`plans/active/GOOD-001/implementation.md\`
- Plan Reference: \`plans/active/TWO-001/plan.md\`

## [PROSE-001] An alias holding prose is no reference
- Status: in_progress
- Plan: profile first, then decide

## [FLAT-001] A flat plan and a folder, written as the initiative
- Status: in_progress
- Working Plan: \`plans/active/FLAT-001\`

## [FOLDER-001] A folder initiative named by its folder
- Status: in_progress
- Working Plan: \`plans/active/GOOD-001/\`

## [ID-001] A bare initiative ID
- Status: in_progress
- Working Plan: GOOD-001

## [ID-002] A bare initiative ID with no plan
- Status: pending
- Working Plan: MISSING-002

## [WRONG-001] The file named, the initiative in the other layout
- Status: in_progress
- Working Plan: \`plans/active/FLAT-001/implementation.md\`

## [TEMPLATE-001] Templates are not looked up
- Status: in_progress
- Working Plan: \`plans/active/X/reports/<TS>/plan.md\`

## [ESCAPE-001] Outside the repository
- Status: in_progress
- Working Plan: \`../../../elsewhere/plan.md\`
`

describe('plan-reference', () => {
  const context = contextFrom({fixPlan: FIX_PLAN, plans: {[GOOD_PLAN]: '# Plan\n'}, existing: ['plans/active/FLAT-001.md', 'plans/active/GOOD-001']})
  const reports = planReference.check(context)
  const line = (needle: string) => lineOf(FIX_PLAN, needle)
  const column = (needle: string, path: string) => columnOf(FIX_PLAN, line(needle), path)

  it('reports each plan field naming nothing, at its path: error while open, warning once done', () => {
    assert.deepEqual(summarize(planReference, reports), [
      `error docs/fix_plan.md:${line('GONE-001/implementation')}:${column('GONE-001/implementation', 'plans/')} Working Plan \`plans/active/GONE-001/implementation.md\` of \`[GONE-001]\` does not exist`,
      `warning docs/fix_plan.md:${line('OLD-001/implementation')}:${column('OLD-001/implementation', 'plans/')} Working Plan \`plans/active/OLD-001/implementation.md\` of \`[OLD-001]\` does not exist`,
      `error docs/fix_plan.md:${line('LINKED-001/implementation')}:${column('LINKED-001/implementation', 'plans/')} Working Plan \`plans/active/LINKED-001/implementation.md\` of \`[LINK-001]\` does not exist`,
      `error docs/fix_plan.md:${line('TWO-001/plan.md')}:${column('TWO-001/plan.md', 'plans/')} Working Plan \`plans/active/TWO-001/plan.md\` of \`[TWO-001]\` does not exist`,
      `error docs/fix_plan.md:${line('MISSING-002')}:${column('MISSING-002', 'MISSING')} Working Plan \`MISSING-002\` of \`[ID-002]\` names no plan (\`plans/active/MISSING-002/\` or \`plans/active/MISSING-002.md\`)`,
      `error docs/fix_plan.md:${line('FLAT-001/implementation')}:${column('FLAT-001/implementation', 'plans/')} Working Plan \`plans/active/FLAT-001/implementation.md\` of \`[WRONG-001]\` does not exist`,
      `warning docs/fix_plan.md:${line('elsewhere')}:${column('elsewhere', '../')} Working Plan \`../../../elsewhere/plan.md\` of \`[ESCAPE-001]\` escapes the repository`,
    ])
  })

  it('hints at the likely plan, at the finished item, and at the other layout', () => {
    assert.equal(reports[0].hint, `did you mean ${GOOD_PLAN}?`)
    assert.equal(reports[1].hint, "the item's Status is `done`; point it at where the finished plan now lives")
    assert.equal(reports[5].hint, 'the plan is at `plans/active/FLAT-001.md`: point the field there')
  })

  it('finds a plan that `plan close` moved to plans/archive', () => {
    const fixPlan = '# Fix Plan\n\n## [OLD-002] Closed\n- Status: done\n- Working Plan: `plans/active/OLD-002/implementation.md`\n'
    const [report] = planReference.check(contextFrom({fixPlan, existing: ['plans/archive/OLD-002/implementation.md']}))
    assert.equal(report.severity, 'warning')
    assert.equal(report.hint, 'the plan is at `plans/archive/OLD-002/implementation.md`: point the field there')
  })

  it('takes its aliases from the configuration', () => {
    const fixPlan = '# Fix Plan\n\n## [R-001] Item\n- Status: pending\n- Roadmap: `plans/active/R-001/implementation.md`\n- Plan Reference: `plans/active/R-002/implementation.md`\n'
    const reports = planReference.check(contextFrom({fixPlan, config: {fieldAliases: {'Working Plan': ['Roadmap']}}}))
    assert.deepEqual(reports.map((report) => report.message), ['Working Plan `plans/active/R-001/implementation.md` of `[R-001]` does not exist'])
  })

  it('judges items of other dialects by their state', () => {
    const fixPlan = '# Plan\n\n### W1: Done work ✅\n- Working Plan: `plans/w1.md`\n\n### W2: Open work\n- Working Plan: `plans/w2.md`\n'
    const reports = planReference.check(contextFrom({fixPlan}))
    assert.deepEqual(summarize(planReference, reports), [
      `warning docs/fix_plan.md:4:18 Working Plan \`plans/w1.md\` of \`W1\` does not exist`,
      `error docs/fix_plan.md:7:18 Working Plan \`plans/w2.md\` of \`W2\` does not exist`,
    ])
    assert.equal(reports[0].hint, 'the item is done; point it at where the finished plan now lives')
  })

  it('reports nothing when every plan resolves', () => {
    const fixPlan = '# Fix Plan\n\n## [GOOD-001] Item\n- Status: in_progress\n- Working Plan: `plans/active/GOOD-001/implementation.md`\n- Plan: `../plans/active/GOOD-001/implementation.md`\n'
    assert.deepEqual(planReference.check(contextFrom({fixPlan, plans: {[GOOD_PLAN]: '# Plan\n'}})), [])
  })

  itWithCorpus("reports the seed's done item whose plan is not in the tree, as a warning", () => {
    assert.deepEqual(planReference.check(seedContext()), [
      {
        path: 'docs/fix_plan.md',
        line: 40,
        column: 18,
        severity: 'warning',
        message: 'Working Plan `plans/active/INTEGRATE-PYTORCH-001/implementation.md` of `[INTEGRATE-PYTORCH-001]` does not exist',
        hint: "the item's Status is `done`; point it at where the finished plan now lives",
      },
    ])
  })
})
