import assert from 'node:assert/strict'
import {classifyState, boxState} from '../../../src/ledger/item-state.js'
import type {ItemState} from '../../../src/ledger/model.js'
import {stateVocabularyOf} from '../../../src/ledger/plan/state-marker.js'

describe('classifyState: status text to item state by its leading word or marker', () => {
  const cases: Array<[string, ItemState]> = [
    ['Fixed', 'done'],
    ['FIXED', 'done'],
    ['done — 2026-01-02', 'done'],
    ['**Completed** in #12', 'done'],
    ['✅ COMPLETE', 'done'],
    ['⬜', 'open'],
    ['☐ not started', 'open'],
    ['⏳ Waiting on review', 'open'],
    ['⛔ Blocked by infra', 'blocked'],
    ['[x] Complete', 'done'],
    ['resolved', 'done'],
    ['closed', 'done'],
    ['In progress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['WIP', 'in_progress'],
    ['🚧 started', 'in_progress'],
    ['partially done', 'partial'],
    ['mostly', 'partial'],
    ['blocked on review', 'blocked'],
    ['On hold', 'blocked'],
    ['Halted', 'blocked'],
    ['open', 'open'],
    ['TODO', 'open'],
    ['Not started', 'open'],
    ['pending', 'open'],
    ['[ ]', 'open'],
    ['', 'open'],
    ['stale / already fixed', 'done'],
    ['DEFERRED', 'unknown'],
    ['✅ MOSTLY COMPLETE', 'partial'],
    ['PARTIALLY COMPLETE', 'partial'],
    ['NEARLY COMPLETE', 'partial'],
    ['almost done', 'partial'],
    ['mostly done', 'partial'],
    ['✅ **LARGELY FIXED**', 'partial'],
    ['fully complete', 'done'],
    ['✅ Finally done', 'done'],
    ['Skipped', 'skipped'],
    ['SKIPPED (not needed)', 'skipped'],
    ["won't fix", 'skipped'],
    ['Wontfix', 'skipped'],
    ['cancelled', 'skipped'],
    ['[S] optional', 'skipped'],
    ['[-]', 'skipped'],
    ['[SKIP]', 'skipped'],
    ['see notes', 'unknown'],
    ['❌', 'unknown'],
  ]
  for (const [text, state] of cases) {
    it(`${JSON.stringify(text)} → ${state}`, () => assert.equal(classifyState(text), state))
  }

  it('takes the project markers of the `states` config key', () => {
    const vocabulary = stateVocabularyOf({partial: ['~'], done: ['✓']})
    assert.equal(classifyState('[~] half way', vocabulary), 'partial')
    assert.equal(boxState('~', vocabulary), 'partial')
    assert.equal(boxState('~'), 'unknown')
  })

  it('reads box markers: space open, x/X done, others by the vocabulary', () => {
    assert.deepEqual([' ', 'x', 'X', 'P', 'B', 'S', '-', 'SKIP'].map((marker) => boxState(marker)), ['open', 'done', 'done', 'partial', 'blocked', 'skipped', 'skipped', 'skipped'])
  })
})
