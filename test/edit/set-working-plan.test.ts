import assert from 'node:assert/strict'
import {planSetWorkingPlan} from '../../src/edit/set-working-plan.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {DEFAULT_WORKING_PLAN_ALIASES} from '../../src/ledger/fix-plan/working-plan-field.js'
import {scanDocument} from '../../src/ledger/scan.js'

function point(text: string, id: string, path = 'plans/active/B/implementation.md') {
  const doc = createDocument('docs/fix_plan.md', text)
  const ledger = readFixPlan(doc, scanDocument(doc))
  const item = ledger.items.find((candidate) => candidate.id === id)!
  const {edits, update} = planSetWorkingPlan(ledger, item, path, DEFAULT_WORKING_PLAN_ALIASES)
  return {after: applyEdits(text, edits), update}
}

const ledger = (b: string[]) =>
  ['# Fix Plan', '', '## [ITEM-001] First', '- Status: done', '- Plan Reference: plans/active/A.md', '', '## [ITEM-002] Second', ...b, ''].join('\n')

describe('planSetWorkingPlan', () => {
  it('adds the field before the Attempts History, with the key and quoting the file\u2019s other items use', () => {
    const {after, update} = point(ledger(['- Status: pending', '- Attempts History:', '  * (none yet)']), 'ITEM-002')
    assert.equal(after, ledger(['- Status: pending', '- Plan Reference: plans/active/B/implementation.md', '- Attempts History:', '  * (none yet)']))
    assert.deepEqual(update, {action: 'added', key: 'Plan Reference', value: 'plans/active/B/implementation.md', line: 9})
  })

  it('fills a Working Plan field that names no plan, and leaves one that does', () => {
    const filled = point(ledger(['- Working Plan: —', '- Status: pending']), 'ITEM-002')
    assert.equal(filled.after, ledger(['- Working Plan: plans/active/B/implementation.md', '- Status: pending']))
    assert.equal(filled.update.action, 'filled')
    const kept = point(ledger(['- Working Plan: `plans/active/B.md`']), 'ITEM-002')
    assert.equal(kept.after, ledger(['- Working Plan: `plans/active/B.md`']))
    assert.equal(kept.update.action, 'kept')
  })

  it('writes `Working Plan` in backticks after the last field when no item has a plan yet', () => {
    const text = '## [ITEM-002] Second\n- Status: pending\n\nProse.\n'
    assert.equal(point(text, 'ITEM-002').after, '## [ITEM-002] Second\n- Status: pending\n- Working Plan: `plans/active/B/implementation.md`\n\nProse.\n')
  })
})
