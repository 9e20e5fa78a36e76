import assert from 'node:assert/strict'
import {mergeLines} from '../../../src/edit/merge/line-merge.js'
import {splitKeepingEols} from '../../../src/edit/merge/merge-lines.js'

const merge = (base: string, ours: string, theirs: string) => mergeLines(splitKeepingEols(base), splitKeepingEols(ours), splitKeepingEols(theirs), 7, '\n')

describe('mergeLines (the line-based fallback)', () => {
  it('applies changes of either side that do not overlap, even when they touch', () => {
    assert.deepEqual(merge('a\nb\nc\n', 'A\nb\nc\n', 'a\nb\nC\n'), {text: 'A\nb\nC\n', conflicts: 0, appended: 0})
    assert.deepEqual(merge('a\nb\n', 'A\nb\n', 'a\nnew\nb\n'), {text: 'A\nnew\nb\n', conflicts: 0, appended: 0})
  })

  it('keeps list items both sides inserted at one place, ours first', () => {
    assert.deepEqual(merge('- a\n', '- a\n- ours\n', '- a\n- theirs\n'), {text: '- a\n- ours\n- theirs\n', conflicts: 0, appended: 1})
  })

  it('conflicts on prose both sides inserted at one place, and on lines both changed differently', () => {
    assert.equal(merge('a\n', 'a\nours\n', 'a\ntheirs\n').text, 'a\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n')
    assert.equal(merge('a\nb\n', 'x\nb\n', 'y\nb\n').conflicts, 1)
  })

  it('takes a change made alike on both sides once', () => {
    assert.deepEqual(merge('a\nb\n', 'a\nB\n', 'a\nB\n'), {text: 'a\nB\n', conflicts: 0, appended: 0})
  })

  it('writes lines both insertions begin with once: a new section both sides start, its list items all kept', () => {
    const base = 'text\n'
    const ours = 'text\n\n## Attempts log\n\n- 2026-12-01: ours\n'
    const theirs = 'text\n\n## Attempts log\n\n- 2026-12-02: theirs\n'
    assert.deepEqual(merge(base, ours, theirs), {text: 'text\n\n## Attempts log\n\n- 2026-12-01: ours\n- 2026-12-02: theirs\n', conflicts: 0, appended: 1})
  })

  it('conflicts only on what differs after the shared lines of two insertions', () => {
    assert.equal(merge('a\n', 'a\n## New\nours\n', 'a\n## New\ntheirs\n').text, 'a\n## New\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n')
  })
})
