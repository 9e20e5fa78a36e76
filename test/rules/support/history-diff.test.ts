import assert from 'node:assert/strict'
import {diffHistory, forgiveAmendedNewest} from '../../../src/rules/support/history-diff.js'

const entries = (...texts: string[]) => texts.map((text) => ({text, number: /#(\d+)/.exec(text) ? Number(/#(\d+)/.exec(text)![1]) : undefined}))

describe('diffHistory', () => {
  it('finds nothing when the old entries are a prefix of the new ones', () => {
    assert.deepEqual(diffHistory(entries('#1 a', '#2 b'), entries('#1 a', '#2 b', '#3 c')), [])
    assert.deepEqual(diffHistory([], entries('#1 a')), [])
  })

  it('accepts a new entry inserted between old ones', () => {
    assert.deepEqual(diffHistory(entries('a', 'b'), entries('a', 'new', 'b')), [])
  })

  it('pairs an old entry with the new one in its slot as an edit', () => {
    assert.deepEqual(diffHistory(entries('#1 a', '#2 b', '#3 c'), entries('#1 a', '#2 B', '#3 c')), [{kind: 'edited', baseline: 1, current: 1}])
  })

  it('does not call a different attempt number an edit: that is a deletion (and a new entry)', () => {
    assert.deepEqual(diffHistory(entries('#1 a', '#2 b'), entries('#1 a', '#3 c')), [{kind: 'deleted', baseline: [1], current: 1}])
  })

  it('groups consecutive deletions, pointing at what now stands in their place', () => {
    assert.deepEqual(diffHistory(entries('a', 'b', 'c', 'd'), entries('a', 'd')), [{kind: 'deleted', baseline: [1, 2], current: 1}])
    assert.deepEqual(diffHistory(entries('a', 'b'), entries('a')), [{kind: 'deleted', baseline: [1], current: undefined}])
  })

  it('finds a swapped pair as one move', () => {
    assert.deepEqual(diffHistory(entries('a', 'b', 'c'), entries('a', 'c', 'b')), [{kind: 'moved', baseline: 1, current: 2}])
  })

  it('matches repeated texts as a multiset', () => {
    assert.deepEqual(diffHistory(entries('x', 'x', 'y'), entries('x', 'y', 'x')), [{kind: 'moved', baseline: 1, current: 2}])
  })
})

describe('forgiveAmendedNewest', () => {
  it('reads an entry that extends the newest one line-wise as that entry', () => {
    assert.deepEqual(forgiveAmendedNewest(entries('a', 'b'), entries('a', 'b\nmore', 'c')), entries('a', 'b', 'c'))
  })

  it('leaves everything else alone: an older entry extended, text that only starts alike, the newest kept as it was', () => {
    assert.deepEqual(forgiveAmendedNewest(entries('a', 'b'), entries('a\nmore', 'b')), entries('a\nmore', 'b'))
    assert.deepEqual(forgiveAmendedNewest(entries('a', 'b'), entries('a', 'b more')), entries('a', 'b more'))
    assert.deepEqual(forgiveAmendedNewest(entries('a', 'b'), entries('a', 'b', 'b\nx')), entries('a', 'b', 'b\nx'))
  })

  it('takes the entry written last from the caller (newest-first journals: the first)', () => {
    assert.deepEqual(forgiveAmendedNewest(entries('b', 'a'), entries('b\nmore', 'a'), 0), entries('b', 'a'))
  })
})
