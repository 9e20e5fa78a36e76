import assert from 'node:assert/strict'
import {appendAll, maxOf} from '../../src/ledger/unbounded-arrays.js'

describe('unbounded-arrays', () => {
  // More elements than a call's arguments can hold: spreading these overflows the stack.
  const many = Array.from({length: 300_000}, (_, index) => (index * 7919) % 300_001)

  it('appendAll appends in order to the same array, however many there are', () => {
    const target = [-1]
    assert.equal(appendAll(target, many), target)
    assert.equal(target.length, many.length + 1)
    assert.deepEqual([target[0], target[1], target[2], target.at(-1)], [-1, many[0], many[1], many.at(-1)])
  })

  it('maxOf finds the largest value, undefined for none', () => {
    assert.equal(maxOf(many), many.reduce((highest, value) => (value > highest ? value : highest)))
    assert.equal(maxOf([-3, -7]), -3)
    assert.equal(maxOf([]), undefined)
    assert.equal(maxOf(new Set([2, 9, 4])), 9)
  })
})
