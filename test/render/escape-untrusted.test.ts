import assert from 'node:assert/strict'

import fc from 'fast-check'

import {escapeUntrusted} from '../../src/render/escape-untrusted.js'

// The spec's list, as inclusive code point ranges; everything else must pass unchanged.
const ESCAPED_RANGES: Array<[number, number]> = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2060],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
]
const isEscaped = (cp: number) => ESCAPED_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)

describe('escapeUntrusted', () => {
  it('leaves ordinary text, TAB and LF alone', () => {
    const text = 'plain ASCII\tand a tab\nnext line: café, naïve, 日本語, 🚀👍🏽, ñ, Ω\n'
    assert.equal(escapeUntrusted(text), text)
  })

  it('returns the empty string unchanged', () => {
    assert.equal(escapeUntrusted(''), '')
  })

  it('escapes ESC so an ANSI sequence is shown, not executed', () => {
    assert.equal(escapeUntrusted('\x1b[31mred\x1b[0m'), '\\x1B[31mred\\x1B[0m')
    assert.equal(escapeUntrusted('lone \x1b here'), 'lone \\x1B here')
  })

  it('escapes other C0 controls and DEL with two uppercase hex digits', () => {
    assert.equal(escapeUntrusted('a\x00b\x07c\x08d\x0be\x0cf\x1fg\x7fh'), 'a\\x00b\\x07c\\x08d\\x0Be\\x0Cf\\x1Fg\\x7Fh')
  })

  it('escapes C1 controls (U+0080-U+009F), including NEL and CSI', () => {
    assert.equal(escapeUntrusted('\x80\x85\x9b\x9f'), '\\x80\\x85\\x9B\\x9F')
  })

  it('strips the CR of a CRLF line ending but escapes a lone CR', () => {
    assert.equal(escapeUntrusted('one\r\ntwo\r\n'), 'one\ntwo\n')
    assert.equal(escapeUntrusted('over\rwrite'), 'over\\x0Dwrite')
    assert.equal(escapeUntrusted('trailing\r'), 'trailing\\x0D')
    assert.equal(escapeUntrusted('double\r\r\n'), 'double\\x0D\n')
    assert.equal(escapeUntrusted('\n\r'), '\n\\x0D')
  })

  it('escapes bidi controls with four uppercase hex digits', () => {
    assert.equal(
      escapeUntrusted('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'),
      '\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069',
    )
    assert.equal(escapeUntrusted('access = "user\u202e \u2066// admin\u2069\u2066"'), 'access = "user\\u202E \\u2066// admin\\u2069\\u2066"')
  })

  it('escapes zero-width characters and the BOM', () => {
    assert.equal(escapeUntrusted('D1\u200b.\u200cA\u200d\u2060\ufeff'), 'D1\\u200B.\\u200CA\\u200D\\u2060\\uFEFF')
  })

  it('keeps look-alike neighbours that are not on the list', () => {
    const neighbours = '\u00a0\u00ad\u2010\u2028\u202f\u2065\u206a\ufefe\ufff0'
    assert.equal(escapeUntrusted(neighbours), neighbours)
  })

  it('escapes exactly the listed code points across the whole BMP', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue // lone surrogates are not characters
      if (cp === 0x0d) continue // CR depends on what follows; covered above
      const char = String.fromCharCode(cp)
      const hex = cp.toString(16).toUpperCase()
      const expected = isEscaped(cp) ? (cp < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`) : char
      assert.equal(escapeUntrusted(char), expected, `U+${hex.padStart(4, '0')}`)
    }
  })

  it('never lets a listed character or a CR through (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const out = escapeUntrusted(text)
        for (const char of out) {
          const cp = char.codePointAt(0)!
          assert.ok(cp !== 0x0d && !isEscaped(cp), `U+${cp.toString(16)} leaked from ${JSON.stringify(text)}`)
        }
      }),
    )
  })
})
