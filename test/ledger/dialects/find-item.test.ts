import assert from 'node:assert/strict'
import {UserError} from '../../../src/errors.js'
import {findItemOrFail, itemsNamed} from '../../../src/ledger/fix-plan/find-item.js'
import {readLines} from './read.js'

describe('naming an item: ID, title or @LINE', () => {
  const ledger = readLines([
    '# Plan', //                          1
    '',
    '- [ ] **T-300**: Fix linting', //    3
    '  - details', //                     4
    '- [x] Create the loop script', //    5
    '- [ ] t-300: lower-case twin', //    6
  ])

  it('prefers the exact ID, then any case, with brackets, bold or a colon stripped', () => {
    for (const typed of ['T-300', '[T-300]', '**T-300**', 'T-300:']) assert.deepEqual(itemsNamed(ledger.items, typed).map((item) => item.line), [3], typed)
    assert.deepEqual(itemsNamed(ledger.items, 't-300').map((item) => item.line), [6])
    assert.deepEqual(itemsNamed(ledger.items, 'T-3OO').map((item) => item.line), [])
  })

  it('finds an item without an ID by its title, ignoring case and markup', () => {
    assert.equal(findItemOrFail(ledger, 'create THE loop script').line, 5)
  })

  it('finds the item whose lines hold @LINE', () => {
    assert.equal(findItemOrFail(ledger, '@4').line, 3)
    assert.throws(() => findItemOrFail(ledger, '@2'), UserError)
  })

  it('refuses an unknown name with a did-you-mean over IDs and titles', () => {
    assert.throws(
      () => findItemOrFail(ledger, 'Create the lop script'),
      (error: UserError) => /Unknown fix-plan item/.test(error.message) && error.hint === 'did you mean Create the loop script?',
    )
  })
})
