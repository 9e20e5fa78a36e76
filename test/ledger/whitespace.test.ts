import assert from 'node:assert/strict'
import {firstNonWhitespace} from '../../src/ledger/whitespace.js'

describe('firstNonWhitespace', () => {
  it('treats exactly the characters trim removes as whitespace', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      assert.equal(firstNonWhitespace(` \t${char}`) === -1, char.trim() === '', `U+${code.toString(16)}`)
    }
  })

  it('gives the index of the first kept character, from `from` on', () => {
    assert.equal(firstNonWhitespace('  \u00a0| a'), 3)
    assert.equal(firstNonWhitespace('a  b', 1), 3)
    assert.equal(firstNonWhitespace('a \u3000\r', 1), -1)
    assert.equal(firstNonWhitespace(''), -1)
  })
})
