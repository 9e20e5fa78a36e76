import assert from 'node:assert/strict'
import fc from 'fast-check'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {indexOfItems} from '../../../src/ledger/fix-plan/index-of-items.js'
import type {IndexEntry} from '../../../src/ledger/model.js'

const read = (text: string) => readFixPlan(createDocument('docs/fix_plan.md', text))

const HEADINGS = `# Fixes

### W1: first
**Status:** done

### W2: second
**Status:** open

### W3: third
`

describe('the fix plan index among its tables', () => {
  it('takes a summary table after heading items as their index when its IDs name them', () => {
    const plan = read(`${HEADINGS}\n## Summary\n\n| ID | Status |\n| --- | --- |\n| W1 | Fixed |\n| W2 | Open |\n| W9 | Open |\n`)
    assert.equal(plan.dialect, 'id-headings')
    assert.deepEqual(plan.index.map((entry) => [entry.id, entry.line]), [['W1', 15], ['W2', 16], ['W9', 17]])
  })

  it('does not take a table most of whose IDs name no item', () => {
    const plan = read(`${HEADINGS}\n| ID | Status |\n| --- | --- |\n| F-1 | open |\n| F-2 | open |\n| W1 | done |\n| F-3 | open |\n`)
    assert.deepEqual(plan.index, [])
  })

  it('takes each table on its own: an index beside an unrelated ID table', () => {
    const plan = read(`${HEADINGS}\n| ID | Status |\n| --- | --- |\n| W1 | done |\n| W2 | open |\n\n| ID | Owner |\n| --- | --- |\n| X-1 | me |\n`)
    assert.deepEqual(plan.index.map((entry) => entry.id), ['W1', 'W2'])
  })

  it('reads a table ledger as items, not as an index of itself', () => {
    const plan = read('# Plan\n\n| ID | Title | Status |\n| --- | --- | --- |\n| 1 | a | Fixed |\n| 2 | b | |\n')
    assert.equal(plan.dialect, 'table')
    assert.equal(plan.items.length, 2)
    assert.deepEqual(plan.index, [])
  })

  it('reads no header from bold lines inside items of another dialect', () => {
    const plan = read('# Fixes\n**Last Updated:** today\n\n### W1: a\n**File:** x.py\n\n### W2: b\n**File:** y.py\n')
    assert.deepEqual(plan.header.map((field) => field.key), ['Last Updated'])
    assert.deepEqual(plan.warnings, [])
  })

  it('keeps a bracketed index before the items, with its entries that name no item', () => {
    const plan = read('# Fix Plan\n\n| ID | Status |\n| --- | --- |\n| A-1 | done |\n| GONE | open |\n| B-2 | open |\n\n## [A-1] a\n- Status: done\n\n## [B-2] b\n- Status: open\n')
    assert.deepEqual(plan.index.map((entry) => entry.id), ['A-1', 'GONE', 'B-2'])
    assert.deepEqual(plan.warnings.map((warning) => warning.message), ['Index row GONE has no [GONE] item in this file'])
  })
})

describe('indexOfItems', () => {
  const entry = (id: string, line: number): IndexEntry => ({id, kind: 'table', line, span: {start: 0, end: 0}})
  const ids = fc.uniqueArray(fc.stringMatching(/^[A-Z]{1,3}-?\d{1,3}$/), {minLength: 1, maxLength: 12})

  it('takes a table exactly when more than half of its distinct IDs name items', () => {
    fc.assert(
      fc.property(ids, fc.nat({max: 12}), (tableIds, namedCount) => {
        const named = tableIds.slice(0, Math.min(namedCount, tableIds.length))
        const items = named.map((id, at) => ({id, line: 1000 + at}))
        const table = tableIds.map((id, at) => entry(id, 10 + at))
        const index = indexOfItems([table], items)
        assert.deepEqual(index, named.length * 2 > tableIds.length ? table : [])
      }),
    )
  })

  it('never takes rows that are items themselves, and keeps the others in line order', () => {
    fc.assert(
      fc.property(ids, (tableIds) => {
        const rows = tableIds.map((id, at) => entry(id, 50 + at))
        const other = tableIds.map((id, at) => entry(id, 5 + at))
        const items = rows.map((row) => ({id: row.id, line: row.line}))
        assert.deepEqual(indexOfItems([rows, other], items), other)
        assert.deepEqual(indexOfItems([rows], items), [])
      }),
    )
  })
})
