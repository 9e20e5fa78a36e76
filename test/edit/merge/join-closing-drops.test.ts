import assert from 'node:assert/strict'
import fc from 'fast-check'
import {joinClosingDrops} from '../../../src/edit/merge/join-closing-drops.js'
import {joinPieces} from '../../../src/edit/merge/merge-lines.js'

const kept = (text: string) => ({text, dropped: false})
const DROPPED = {text: '', dropped: true}

describe('joinClosingDrops', () => {
  it('closes the blank lines a dropped unit leaves to the wider of the two gaps it had', () => {
    assert.equal(joinClosingDrops([kept('## Queue\n\n'), DROPPED, kept('\n'), kept('2. Next\n')], '\n'), '## Queue\n\n2. Next\n')
    assert.equal(joinClosingDrops([kept('a\n\n\n'), DROPPED, kept('\nb\n')], '\n'), 'a\n\n\nb\n')
  })

  it('leaves blank lines alone where nothing was dropped, or where the drop had text on one side', () => {
    assert.equal(joinClosingDrops([kept('a\n\n'), kept('\nb\n')], '\n'), 'a\n\n\nb\n')
    assert.equal(joinClosingDrops([kept('a\n'), DROPPED, kept('\n\nb\n')], '\n'), 'a\n\n\nb\n')
  })

  it('keeps the longest part of a run that several drops cut', () => {
    assert.equal(joinClosingDrops([kept('a\n\n'), DROPPED, kept('\n\n'), DROPPED, kept('\nb\n')], '\r\n'), 'a\n\n\nb\n')
  })

  it('is joinPieces when nothing was dropped; with drops, only blank lines go', () => {
    const piece = fc.record({text: fc.array(fc.constantFrom('x\n', '\n', '  \n', 'y'), {maxLength: 4}).map((lines) => lines.join('')), dropped: fc.boolean()})
    const textLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}), (pieces) => {
        assert.equal(joinClosingDrops(pieces.map((p) => kept(p.text)), '\n'), joinPieces(pieces.map((p) => p.text), '\n'))
        const closed = joinClosingDrops(pieces.map((p) => (p.dropped ? DROPPED : kept(p.text))), '\n')
        const open = joinPieces(pieces.map((p) => (p.dropped ? '' : p.text)), '\n')
        assert.deepEqual(textLines(closed), textLines(open))
        assert.ok(closed.length <= open.length)
      }),
    )
  })
})
