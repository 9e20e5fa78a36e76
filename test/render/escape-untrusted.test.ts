import assert from 'node:assert/strict'

import fc from 'fast-check'

import {escapeUntrusted} from '../../src/render/escape-untrusted.js'

// The spec: every control but TAB and LF (Cc), every format character (Cf), the line and paragraph
// separators (Zl, Zp), plus invisible characters of other categories, as inclusive code point ranges.
const INVISIBLE_OTHERS: Array<[number, number]> = [
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul choseong and jungseong fillers
  [0x3164, 0x3164], // Hangul filler
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xe0000, 0xe007f], // the whole tag block, unassigned code points included
]
const CATEGORIES = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u
const isEscaped = (cp: number) =>
  cp !== 0x09 && cp !== 0x0a && (CATEGORIES.test(String.fromCodePoint(cp)) || INVISIBLE_OTHERS.some(([lo, hi]) => cp >= lo && cp <= hi))
const escapedForm = (cp: number) => {
  const hex = cp.toString(16).toUpperCase()
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`
  return cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`
}

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
    const neighbours = '\u00a0\u2010\u202f\u3163\u3165\ufefe\ufff0\ufffc\u{e0080}\u{e0100}\ufe0f'
    assert.equal(escapeUntrusted(neighbours), neighbours)
  })

  it('escapes the invisible characters the issue lists', () => {
    assert.equal(escapeUntrusted('a\u2028b\u2029c'), 'a\\u2028b\\u2029c')
    assert.equal(escapeUntrusted('soft\u00adhyphen'), 'soft\\xADhyphen')
    assert.equal(escapeUntrusted('\u180e\u034f\u3164\ufff9\ufffa\ufffb'), '\\u180E\\u034F\\u3164\\uFFF9\\uFFFA\\uFFFB')
  })

  it('escapes tag characters (hidden ASCII) as one escape per code point', () => {
    // "hi" smuggled as tags U+E0068 U+E0069, framed by U+E0001 and U+E007F.
    assert.equal(escapeUntrusted('ok\u{e0001}\u{e0068}\u{e0069}\u{e007f}'), 'ok\\u{E0001}\\u{E0068}\\u{E0069}\\u{E007F}')
    assert.equal(escapeUntrusted('\u{e0000}\u{e0002}'), '\\u{E0000}\\u{E0002}')
  })

  it('keeps emoji: astral characters outside the tag block pass, a ZWJ sequence shows its joiners', () => {
    assert.equal(escapeUntrusted('\u{1F680} \u{1F44D}\u{1F3FD}'), '\u{1F680} \u{1F44D}\u{1F3FD}')
    assert.equal(escapeUntrusted('\u{1F468}\u200d\u{1F469}'), '\u{1F468}\\u200D\u{1F469}')
  })

  it('escapes exactly the listed code points across the whole BMP', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue // lone surrogates are not characters
      if (cp === 0x0d) continue // CR depends on what follows; covered above
      const char = String.fromCharCode(cp)
      assert.equal(escapeUntrusted(char), isEscaped(cp) ? escapedForm(cp) : char, `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
    }
  })

  it('escapes exactly the listed code points in the supplementary planes 1 and 14', () => {
    for (const plane of [0x10000, 0xe0000]) {
      for (let cp = plane; cp < plane + 0x10000; cp++) {
        const char = String.fromCodePoint(cp)
        assert.equal(escapeUntrusted(char), isEscaped(cp) ? escapedForm(cp) : char, `U+${cp.toString(16).toUpperCase()}`)
      }
    }
  })

  it('never lets a listed character or a CR through (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const out = escapeUntrusted(text)
        for (const char of out) {
          if (char.length === 1 && char >= '\ud800' && char <= '\udfff') continue // a lone surrogate, not a character
          const cp = char.codePointAt(0)!
          assert.ok(cp !== 0x0d && !isEscaped(cp), `U+${cp.toString(16)} leaked from ${JSON.stringify(text)}`)
        }
      }),
    )
  })
})
