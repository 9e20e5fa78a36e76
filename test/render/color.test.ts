import assert from 'node:assert/strict'

import {shouldUseColor} from '../../src/render/color.js'

describe('shouldUseColor', () => {
  it('uses color on a TTY when NO_COLOR is absent', () => {
    assert.equal(shouldUseColor({isTTY: true}, {}), true)
  })

  it('treats an empty NO_COLOR as absent', () => {
    assert.equal(shouldUseColor({isTTY: true}, {NO_COLOR: ''}), true)
  })

  it('turns color off for any non-empty NO_COLOR, even "0" or "false"', () => {
    for (const value of ['1', '0', 'false', 'yes']) {
      assert.equal(shouldUseColor({isTTY: true}, {NO_COLOR: value}), false, `NO_COLOR=${value}`)
    }
  })

  it('never uses color when the stream is not a TTY', () => {
    assert.equal(shouldUseColor({isTTY: false}, {}), false)
    assert.equal(shouldUseColor({}, {}), false)
  })

  it('ignores FORCE_COLOR', () => {
    assert.equal(shouldUseColor({isTTY: false}, {FORCE_COLOR: '1'}), false)
    assert.equal(shouldUseColor({isTTY: true}, {FORCE_COLOR: '0'}), true)
  })
})
