import assert from 'node:assert/strict'
import {cut, readLines} from './read.js'

const PLAN = [
  '# Fix plan', //                                           1
  '',
  '## Priority 1: Core', //                                  3
  '',
  '### W1: Phase timing broken ✅ **FIXED**', //             5
  'Body text.',
  '',
  '### W2 — Fail symbols [done]', //                         8
  '',
  '### W3: Report badges (RESOLVED)', //                    10
  '',
  '### W4: Deep analysis stub', //                          12
  '**Status:** In progress since Monday', //                13
  '',
  '#### Step 1: add the client', //                         15
  '- [x] client added', //                                  16
  '- [ ] wired into the analyzer', //                       17
  '',
  '### W5: Docstring mismatch', //                          19
  'Prose, no status.',
  '',
  '### 4 Methods Applied', //                               22
  '',
  '## Summary', //                                          24
  '',
  '| ID | Severity | Status |', //                          26
  '| --- | --- | --- |',
  '| W4 | High | FIXED |',
  '| W5 | Low | Deferred |', //                             29
  '',
  '## Details', //                                          31
  '### W1: copy the times over', //                         32
]

describe('id-headings dialect', () => {
  const ledger = readLines(PLAN)

  it('reads the headings that start with an ID at their common level', () => {
    assert.equal(ledger.dialect, 'id-headings')
    assert.deepEqual(
      ledger.items.map((item) => [item.line, item.id, item.kind, item.level, item.title]),
      [
        [5, 'W1', 'heading', 3, 'Phase timing broken'],
        [8, 'W2', 'heading', 3, 'Fail symbols'],
        [10, 'W3', 'heading', 3, 'Report badges'],
        [12, 'W4', 'heading', 3, 'Deep analysis stub'],
        [19, 'W5', 'heading', 3, 'Docstring mismatch'],
      ],
    )
  })

  it('takes the state from a heading marker, else a Status line, else the summary table, and says where', () => {
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.state, item.status, item.statusSource]),
      [
        ['W1', 'done', '✅ **FIXED**', 'heading-marker'],
        ['W2', 'done', '[done]', 'heading-marker'],
        ['W3', 'done', '(RESOLVED)', 'heading-marker'],
        ['W4', 'in_progress', 'In progress since Monday', 'field'],
        ['W5', 'unknown', 'Deferred', 'index'],
      ],
    )
    for (const item of ledger.items) assert.equal(cut(ledger, item.statusSpan), item.status)
  })

  it('makes deeper headings and their boxes the tasks of the item above', () => {
    const w4 = ledger.items[3]
    assert.deepEqual(
      w4.tasks.map((task) => [task.line, task.state, task.text]),
      [
        [15, 'unknown', 'Step 1: add the client'],
        [16, 'done', 'client added'],
        [17, 'open', 'wired into the analyzer'],
      ],
    )
    assert.equal(w4.endLine, 18)
  })

  it('keeps the group heading as the section, and does not take a count or a repeated ID for an item', () => {
    assert.equal(ledger.items[0].section, 'Priority 1: Core')
    assert.ok(!ledger.items.some((item) => item.line === 22 || item.line === 32))
    assert.ok(ledger.warnings.some((warning) => warning.line === 32 && /repeats the ID/.test(warning.message)))
  })

  it('reads the same items from CRLF text', () => {
    const crlf = readLines(PLAN, {}, '\r\n')
    assert.deepEqual(
      crlf.items.map((item) => [item.line, item.id, item.state, item.status]),
      ledger.items.map((item) => [item.line, item.id, item.state, item.status]),
    )
    for (const item of crlf.items) assert.equal(cut(crlf, item.statusSpan), item.status)
  })

  it('reads `## Phase N` headings as the items of a file with no other IDs', () => {
    const phases = readLines(['# Plan', '', '## Phase 1. Canonical state', 'Prose.', '', '## Phase 2. Save pipeline', 'Prose.'])
    assert.deepEqual(phases.items.map((item) => [item.line, item.id, item.title]), [[3, 'Phase 1', 'Canonical state'], [6, 'Phase 2', 'Save pipeline']])
  })

  it('takes IDs by the configured idPattern', () => {
    const custom = readLines(['# Plan', '', '## ABC_1 first thing', '', '## ABC_2 second thing'], {idPattern: 'ABC_\\d+'})
    assert.deepEqual(custom.items.map((item) => [item.id, item.title]), [['ABC_1', 'first thing'], ['ABC_2', 'second thing']])
  })
})

describe('id-headings markers', () => {
  it('reads an emoji as a marker only at the end of the heading', () => {
    const ledger = readLines(['# Plan', '', '## A1: Migrate ✅ markers to text', '', '## A2: Ship it 🔄', '', '## A3: Ship it ✅ COMPLETE', '', '## A4: Fix DONE'])
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.state, item.status]),
      [['A1', 'unknown', null], ['A2', 'in_progress', '🔄'], ['A3', 'done', '✅ COMPLETE'], ['A4', 'done', 'DONE']],
    )
  })

  it('reads an emoji before the ID as the heading marker (`### ✅ Task 1: …`), the title without it', () => {
    const ledger = readLines(['# Plan', '', '### ✅ Task 1: Fix login', 'Done.', '', '### 🚧 Task 2: Rate limit', '', '### Task 3: Migrate ✅ docs'])
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.title, item.state, item.status, item.statusSource]),
      [['Task 1', 'Fix login', 'done', '✅', 'heading-marker'], ['Task 2', 'Rate limit', 'in_progress', '🚧', 'heading-marker'], ['Task 3', 'Migrate ✅ docs', 'unknown', null, 'none']],
    )
  })
})
