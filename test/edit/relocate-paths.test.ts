import assert from 'node:assert/strict'
import {relocatePaths, type Move} from '../../src/edit/relocate-paths.js'
import {applyEdits} from '../../src/edit/text-edit.js'

const FOLDER: Move = {from: 'plans/active/X', to: 'plans/archive/X'}
const FLAT: Move = {from: 'plans/active/X.md', to: 'plans/archive/X.md'}

function relocate(text: string, docPath: string, docPathAfter: string, move: Move = FOLDER): string {
  return applyEdits(text, relocatePaths(text, docPath, docPathAfter, move).edits)
}

describe('relocatePaths', () => {
  it('rewrites every mention of the moved folder, in code spans, links and prose, and nothing else', () => {
    const text = [
      '- Working Plan: `plans/active/X/implementation.md`',
      '- See [plan](../plans/active/X/plan.md) and plans/active/X.',
      '- Not it: plans/active/X2/plan.md, plans/active/X-old/, myplans/active/X/a.md',
      '',
    ].join('\r\n')
    assert.equal(
      relocate(text, 'docs/fix_plan.md', 'docs/fix_plan.md'),
      [
        '- Working Plan: `plans/archive/X/implementation.md`',
        '- See [plan](../plans/archive/X/plan.md) and plans/archive/X.',
        '- Not it: plans/active/X2/plan.md, plans/active/X-old/, myplans/active/X/a.md',
        '',
      ].join('\r\n'),
    )
  })

  it('rewrites a flat plan file\u2019s mentions, not a folder of the same name', () => {
    const text = 'Plan: `plans/active/X.md`; other: `plans/active/X/notes.md`.\n'
    assert.equal(relocate(text, 'docs/fix_plan.md', 'docs/fix_plan.md', FLAT), 'Plan: `plans/archive/X.md`; other: `plans/active/X/notes.md`.\n')
  })

  it('fixes relative links the move breaks: a sibling plan\u2019s link in, and a moved file\u2019s link out', () => {
    const sibling = 'Depends on [X](../X/implementation.md#phase-a).\n'
    assert.equal(relocate(sibling, 'plans/active/Y/implementation.md', 'plans/active/Y/implementation.md'), 'Depends on [X](../../archive/X/implementation.md#phase-a).\n')
    const moved = 'See [Y](../Y/plan.md), [report](reports/a.md), [self](../X/reports/a.md) and [web](https://e.org/a).\n'
    assert.equal(
      relocate(moved, 'plans/active/X/implementation.md', 'plans/archive/X/implementation.md'),
      'See [Y](../../active/Y/plan.md), [report](reports/a.md), [self](../X/reports/a.md) and [web](https://e.org/a).\n',
    )
  })

  it('leaves a document that never names the plan unchanged (no edits)', () => {
    assert.deepEqual(relocatePaths('# Other\n[a](../Y/plan.md)\n', 'plans/active/Z/plan.md', 'plans/active/Z/plan.md', FOLDER), {edits: [], count: 0})
  })
})
