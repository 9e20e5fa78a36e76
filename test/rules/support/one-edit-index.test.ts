import assert from 'node:assert/strict'
import fc from 'fast-check'
import {distance} from 'fastest-levenshtein'
import {oneEditIndex} from '../../../src/rules/support/one-edit-index.js'

describe('oneEditIndex', () => {
  it('finds an ID one insertion, deletion or replacement away, case ignored, not the word itself', () => {
    const typoOf = oneEditIndex(['TEST-PYTORCH-001', 'CR-08', 'W1'])
    assert.equal(typoOf('TEST-PYTORCH-01'), 'TEST-PYTORCH-001')
    assert.equal(typoOf('CR-088'), 'CR-08')
    assert.equal(typoOf('cr-09'), 'CR-08')
    assert.equal(typoOf('W1'), undefined)
    assert.equal(typoOf('w1'), undefined, 'the same ID in another case is no typo')
    assert.equal(typoOf('CR-80'), undefined, 'a swap is two edits')
    assert.equal(typoOf('X9'), undefined)
  })

  it('agrees with the edit distance: an answer is one edit away, and a word one edit from some ID gets one', () => {
    const id = fc.stringMatching(/^[a-c0-2-]{1,6}$/)
    fc.assert(
      fc.property(fc.array(id, {minLength: 1, maxLength: 8}), id, (ids, word) => {
        const found = oneEditIndex(ids)(word)
        const near = ids.filter((candidate) => distance(candidate, word) === 1)
        if (found !== undefined) assert.equal(distance(found, word), 1)
        else assert.deepEqual(near, [])
      }),
    )
  })
})
