import assert from 'node:assert/strict'
import fc from 'fast-check'
import {joinPieces} from '../../../src/edit/merge/join-pieces.js'

const kept = (text: string) => text
const DROPPED = ''

/** Joining with nothing closed: the pieces in order, a line ending put after a piece without one when text follows. */
function plainJoin(pieces: readonly string[]): string {
  return pieces.filter((piece) => piece !== '').reduce((text, piece) => (text === '' || text.endsWith('\n') ? text + piece : `${text}\n${piece}`), '')
}

describe('joinPieces', () => {
  it('closes the blank lines a dropped unit leaves to the wider of the two gaps it had', () => {
    assert.equal(joinPieces([kept('## Queue\n\n'), DROPPED, kept('\n'), kept('2. Next\n')], '\n'), '## Queue\n\n2. Next\n')
    assert.equal(joinPieces([kept('a\n\n\n'), DROPPED, kept('\nb\n')], '\n'), 'a\n\n\nb\n')
  })

  it('leaves blank lines alone where nothing was dropped, or where the drop had text on one side', () => {
    assert.equal(joinPieces([kept('a\n\n'), kept('\nb\n')], '\n'), 'a\n\n\nb\n')
    assert.equal(joinPieces([kept('a\n'), DROPPED, kept('\n\nb\n')], '\n'), 'a\n\n\nb\n')
  })

  it('keeps the longest part of a run that several drops cut', () => {
    assert.equal(joinPieces([kept('a\n\n'), DROPPED, kept('\n\n'), DROPPED, kept('\nb\n')], '\r\n'), 'a\n\n\nb\n')
  })

  it('is a plain join when nothing was dropped; with drops, only blank lines go', () => {
    const piece = fc.record({text: fc.array(fc.constantFrom('x\n', '\n', '  \n', 'y'), {maxLength: 4}).map((lines) => lines.join('')), dropped: fc.boolean()})
    const textLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}), (pieces) => {
        const keptTexts = pieces.map((p) => p.text).filter((text) => text !== '')
        assert.equal(joinPieces(keptTexts, '\n'), plainJoin(keptTexts))
        const closed = joinPieces(pieces.map((p) => (p.dropped ? DROPPED : kept(p.text))), '\n')
        const open = plainJoin(pieces.map((p) => (p.dropped ? '' : p.text)))
        assert.deepEqual(textLines(closed), textLines(open))
        assert.ok(closed.length <= open.length)
      }),
    )
  })
})
