import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {workingPlanPaths} from '../../../src/ledger/fix-plan/item-fields.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {workingPlanField} from '../../../src/ledger/fix-plan/working-plan-field.js'

const itemWith = (...fields: string[]) => readFixPlan(createDocument('docs/fix_plan.md', ['## [A-1] Item', ...fields, ''].join('\n'))).items[0]

describe('workingPlanPaths', () => {
  it('keeps every code span, else every link target, else the text', () => {
    assert.deepEqual(workingPlanPaths('`plans/a.md`, `plans/b.md`'), ['plans/a.md', 'plans/b.md'])
    assert.deepEqual(workingPlanPaths('[A](plans/a.md) then [B](plans/b.md)'), ['plans/a.md', 'plans/b.md'])
    assert.deepEqual(workingPlanPaths('plans/a.md'), ['plans/a.md'])
    assert.deepEqual(workingPlanPaths('`plans/a.md` and `plans/a.md`'), ['plans/a.md'])
  })

  it('names nothing for a blank value or a dash', () => {
    assert.deepEqual(workingPlanPaths(''), [])
    assert.deepEqual(workingPlanPaths('—'), [])
  })
})

describe('workingPlanField', () => {
  it('prefers Working Plan, wherever it sits, over an alias', () => {
    const found = workingPlanField(itemWith('- Plan Ref: `plans/x.md`', '- Working Plan: `plans/y.md`'))
    assert.deepEqual([found?.field.key, found?.paths], ['Working Plan', ['plans/y.md']])
  })

  it('reads an alias only when its value names a path', () => {
    assert.equal(workingPlanField(itemWith('- Plan: profile first, then decide')), undefined)
    assert.deepEqual(workingPlanField(itemWith('- Plan: notes first', '- plan_reference: plans/x.md'))?.paths, ['plans/x.md'])
  })

  it('takes the aliases it is given, and none when given none', () => {
    assert.deepEqual(workingPlanField(itemWith('- Roadmap: `plans/r.md`'), ['Roadmap'])?.paths, ['plans/r.md'])
    assert.equal(workingPlanField(itemWith('- Plan Reference: `plans/r.md`'), []), undefined)
  })

  it('reads a placeholder (`TBD`, `none yet`, `n/a (later)`) as no plan, and falls through to an alias', () => {
    for (const value of ['TBD', '(none yet)', 'n/a (after Phase C)', '`TBD`']) assert.equal(workingPlanField(itemWith(`- Working Plan: ${value}`)), undefined, value)
    assert.deepEqual(workingPlanField(itemWith('- Working Plan: TBD', '- Plan Ref: `plans/x.md`'))?.paths, ['plans/x.md'])
  })
})
