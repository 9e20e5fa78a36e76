import assert from 'node:assert/strict'
import {memoizeByString} from '../../src/ledger/string-memo.js'

describe('memoizeByString', () => {
  it('computes each distinct string once and hands back the same result', () => {
    const seen: string[] = []
    const lengthOf = memoizeByString((text) => {
      seen.push(text)
      return {length: text.length}
    })
    const first = lengthOf('abc')
    assert.equal(lengthOf('abc'), first)
    assert.deepEqual(lengthOf('de'), {length: 2})
    assert.deepEqual(seen, ['abc', 'de'])
  })

  it('remembers an undefined result too', () => {
    let calls = 0
    const nothing = memoizeByString((): string | undefined => {
      calls++
      return undefined
    })
    assert.equal(nothing('x'), undefined)
    assert.equal(nothing('x'), undefined)
    assert.equal(calls, 1)
  })

  it('starts over once it holds `limit` strings, still answering correctly', () => {
    const seen: string[] = []
    const upper = memoizeByString((text) => {
      seen.push(text)
      return text.toUpperCase()
    }, 2)
    assert.deepEqual(['a', 'b', 'a', 'c', 'a'].map(upper), ['A', 'B', 'A', 'C', 'A'])
    // `c` found the memo full (a, b) and cleared it, so `a` was computed again.
    assert.deepEqual(seen, ['a', 'b', 'c', 'a'])
  })
})
