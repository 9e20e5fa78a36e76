import assert from 'node:assert/strict'
import fc from 'fast-check'
import {applyEdits, editsOverlap, type TextEdit} from '../../src/edit/text-edit.js'
import {InternalError} from '../../src/errors.js'

/** Reference implementation: apply one edit at a time from the bottom of the text up. */
function applyBottomUp(text: string, edits: TextEdit[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return result
}

/** Non-overlapping edits over `text`, at most one insertion per offset. */
const textWithEdits = fc.string({unit: 'grapheme', maxLength: 60}).chain((text) =>
  fc
    .uniqueArray(fc.integer({min: 0, max: text.length}), {maxLength: 8})
    .chain((cuts) => {
      const points = [...cuts].sort((a, b) => a - b)
      // Consecutive pairs of cut points become replaced ranges; odd one out becomes an insertion.
      const ranges: Array<[number, number]> = []
      for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i], points[i + 1]])
      if (points.length % 2 === 1) ranges.push([points.at(-1)!, points.at(-1)!])
      return fc.tuple(fc.constant(text), fc.tuple(...ranges.map(([start, end]) => fc.string({maxLength: 5}).map((t) => ({start, end, text: t})))))
    }),
)

describe('applyEdits', () => {
  it('returns the original string itself when there is nothing to do', () => {
    const text = 'a\r\nb'
    assert.equal(applyEdits(text, []), text)
  })

  it('splices replacements and insertions by original offsets', () => {
    const text = '| D1.A | [ ] | note |'
    const result = applyEdits(text, [
      {start: 9, end: 12, text: '[x]'},
      {start: 19, end: 19, text: ' Done.'},
    ])
    assert.equal(result, '| D1.A | [x] | note Done. |')
  })

  it('puts an insertion before a replacement that starts at the same offset', () => {
    assert.equal(applyEdits('abc', [{start: 1, end: 2, text: 'X'}, {start: 1, end: 1, text: '+'}]), 'a+Xc')
  })

  it('refuses overlapping edits', () => {
    assert.throws(() => applyEdits('abcdef', [{start: 1, end: 4, text: ''}, {start: 3, end: 5, text: ''}]), InternalError)
  })

  it('refuses two insertions at one offset, whose order would be a guess', () => {
    assert.throws(() => applyEdits('abc', [{start: 1, end: 1, text: 'x'}, {start: 1, end: 1, text: 'y'}]), /overlapping/)
  })

  it('refuses an edit outside the text', () => {
    assert.throws(() => applyEdits('abc', [{start: 2, end: 9, text: ''}]), /outside the text/)
  })

  it('agrees with one-at-a-time bottom-up application (property)', () => {
    fc.assert(
      fc.property(textWithEdits, ([text, edits]) => {
        assert.equal(applyEdits(text, edits), applyBottomUp(text, edits))
      }),
      {numRuns: 500},
    )
  })

  it('changes nothing outside a single edit span (property)', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 80}).chain((text) =>
          fc.tuple(fc.constant(text), fc.integer({min: 0, max: text.length}), fc.integer({min: 0, max: text.length}), fc.string({maxLength: 10})),
        ),
        ([text, a, b, insert]) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          const result = applyEdits(text, [{start, end, text: insert}])
          assert.equal(result.slice(0, start), text.slice(0, start))
          assert.equal(result.slice(start + insert.length), text.slice(end))
          assert.equal(result.slice(start, start + insert.length), insert)
        },
      ),
      {numRuns: 500},
    )
  })
})

describe('editsOverlap', () => {
  it('says overlap for crossing ranges and two insertions at one offset, not for an insertion at a replacement\u2019s start or end', () => {
    assert.equal(editsOverlap({start: 1, end: 4, text: ''}, {start: 3, end: 5, text: ''}), true)
    assert.equal(editsOverlap({start: 1, end: 1, text: 'x'}, {start: 1, end: 1, text: 'y'}), true)
    assert.equal(editsOverlap({start: 1, end: 1, text: '+'}, {start: 1, end: 2, text: 'X'}), false)
    assert.equal(editsOverlap({start: 2, end: 2, text: '+'}, {start: 1, end: 2, text: 'X'}), false)
    assert.equal(editsOverlap({start: 2, end: 2, text: '+'}, {start: 1, end: 3, text: 'X'}), true)
  })

  it('is true for a pair exactly when applyEdits refuses the pair, in either order (property)', () => {
    const edit = fc.tuple(fc.integer({min: 0, max: 12}), fc.integer({min: 0, max: 12})).map(([a, b]) => ({start: Math.min(a, b), end: Math.max(a, b), text: '_'}))
    fc.assert(
      fc.property(edit, edit, (a, b) => {
        const refused = (() => {
          try {
            applyEdits('abcdefghijkl', [a, b])
            return false
          } catch {
            return true
          }
        })()
        assert.equal(editsOverlap(a, b), refused)
        assert.equal(editsOverlap(b, a), refused)
      }),
      {numRuns: 1000},
    )
  })
})
