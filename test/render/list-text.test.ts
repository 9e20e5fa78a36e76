import assert from 'node:assert/strict'
import fc from 'fast-check'
import type {ListedItem} from '../../src/app/list.js'
import {renderList} from '../../src/render/list-text.js'

function item(fields: Partial<ListedItem>): ListedItem {
  return {
    id: 'A-1',
    title: 'A title',
    line: 1,
    state: 'open',
    status: 'pending',
    priority: 'High',
    attempts: 0,
    lastAttemptDate: null,
    latestAttemptDate: null,
    workingPlan: null,
    workingPlans: [],
    ...fields,
  }
}

const render = (items: ListedItem[], width: number) => renderList({path: 'docs/fix_plan.md', dialect: 'bracketed-headings', total: items.length, filters: {status: null, priority: null}, items}, width)
const widthOf = (line: string) => [...line].length

describe('renderList', () => {
  it('fits every line in the width once the narrowest columns can', () => {
    const text = fc.string({minLength: 0, maxLength: 60})
    const arbitraryItem = fc.record({id: fc.stringMatching(/^[A-Z]{1,6}-\d{1,4}$/), title: text, status: text, priority: text})
    fc.assert(
      fc.property(fc.array(arbitraryItem, {minLength: 1, maxLength: 5}), fc.integer({min: 70, max: 200}), (items, width) => {
        for (const line of render(items.map(item), width).split('\n')) assert.ok(widthOf(line) <= width, `${widthOf(line)} > ${width}: ${line}`)
      }),
    )
  })

  it('never cuts inside an escape, and marks every cut with …', () => {
    const title = `Legacy\u3164NPZ\u{E0041}\u00AD guard ${'and more '.repeat(8)}`
    for (let width = 55; width < 75; width++) {
      const line = render([item({title})], width).split('\n')[1]
      assert.match(line, /…$/)
      assert.doesNotMatch(line, /\\(?:x[0-9A-F]?|u[0-9A-F]{0,3}|u\{[0-9A-F]*)?…$/, line)
    }
  })

  it('leaves out the folders every plan shares and counts further plans', () => {
    const lines = render(
      [item({id: 'A-1', workingPlans: ['plans/active/A-1/implementation.md', 'plans/active/A-1/plan.md']}), item({id: 'B-2', workingPlans: ['plans/active/B-2/plan.md']})],
      200,
    ).split('\n')
    assert.match(lines[1], / A-1\/implementation\.md \(\+1\) /)
    assert.match(lines[2], / B-2\/plan\.md /)
  })
})

describe('renderList in other dialects', () => {
  const listed = (fields: Partial<ListedItem>): ListedItem => item({id: 'T-300', title: 'Fix linting issues', line: 9, status: ' ', priority: null, ...fields})
  const checklist = (items: ListedItem[]) => renderList({path: '@fix_plan.md', dialect: 'checklist', total: items.length, filters: {status: null, priority: null}, items}, 80)

  it('shows the state and leaves out columns blank for every item', () => {
    assert.equal(checklist([listed({}), listed({id: null, title: 'Create ralph.sh', state: 'done', status: 'x', line: 12})]), [
      'ID     STATE  STATUS  TITLE',
      'T-300  open           Fix linting issues',
      '-      done   x       Create ralph.sh',
    ].join('\n'))
  })

  it('keeps a column as soon as one item has a value in it', () => {
    const [header] = checklist([listed({}), listed({id: 'T-301', attempts: 2, lastAttemptDate: '2026-12-01'})]).split('\n')
    assert.equal(header, 'ID     STATE  ATTEMPTS  LAST ATTEMPT  TITLE')
  })
})
