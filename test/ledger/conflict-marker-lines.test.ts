import assert from 'node:assert/strict'
import {conflictMarkerLines} from '../../src/ledger/conflict-marker-lines.js'
import {createDocument} from '../../src/ledger/document.js'

const markers = (text: string, size?: number) => conflictMarkerLines(createDocument('x.md', text), size)

describe('conflictMarkerLines', () => {
  const block = (size: number) => `${'<'.repeat(size)} ours\na\n${'='.repeat(size)}\nb\n${'>'.repeat(size)} theirs\n`

  it('finds markers of the size asked for, and only those', () => {
    assert.deepEqual(markers(block(10), 10), [0, 2, 4])
    assert.deepEqual(markers(block(10)), [])
    assert.deepEqual(markers(block(7), 10), [])
    assert.deepEqual(markers(block(7)), [0, 2, 4])
  })

  it('takes a row of `=` outside a block for a setext underline at any size', () => {
    assert.deepEqual(markers('Title\n==========\n', 10), [])
  })
})
