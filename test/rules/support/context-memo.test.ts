import assert from 'node:assert/strict'
import {contextMemo} from '../../../src/rules/support/context-memo.js'
import {contextFrom} from '../rule-context.js'

describe('contextMemo', () => {
  it('works a key out once per context, and separately for another context', () => {
    const memo = contextMemo<string, {key: string}>()
    const first = contextFrom({})
    const second = contextFrom({})
    let calls = 0
    const compute = (key: string) => () => {
      calls++
      return {key}
    }
    const value = memo(first, 'a', compute('a'))
    assert.equal(memo(first, 'a', compute('a')), value)
    assert.equal(calls, 1)
    assert.notEqual(memo(second, 'a', compute('a')), value)
    assert.deepEqual(memo(first, 'b', compute('b')), {key: 'b'})
    assert.equal(calls, 3)
  })
})
