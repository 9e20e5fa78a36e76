import assert from 'node:assert/strict'
import {cut, readLines} from './read.js'

const PLAN = [
  '# Fix Plan', //                                              1
  '',
  '## Priority 1: Core', //                                     3
  '- [ ] **T-300**: Fix linting issues', //                     4
  '  - Line too long in client.py', //                          5
  '  - [x] imports sorted', //                                  6
  '- [x] CR-01: Fix create_column', //                          7
  'wrapped onto a second line', //                              8
  '- [ ] Create `src/ralph.sh` - main loop', //                 9
  '- [ ] **P1.1** Implement the config', //                    10
  '  - Status: blocked on upstream', //                        11
  '- [P] 2FA support for admins', //                           12
  '',
  '## Verification Checklist', //                             14
  '- [x] `tool --help` prints help', //                        15
]

describe('checklist dialect', () => {
  const ledger = readLines(PLAN)

  it('reads top-level boxes as items, with or without a leading ID', () => {
    assert.equal(ledger.dialect, 'checklist')
    assert.deepEqual(
      ledger.items.map((item) => [item.line, item.id, item.kind, item.level, item.title]),
      [
        [4, 'T-300', 'checklist', 0, 'Fix linting issues'],
        [7, 'CR-01', 'checklist', 0, 'Fix create_column'],
        [9, null, 'checklist', 0, 'Create `src/ralph.sh` - main loop'],
        [10, 'P1.1', 'checklist', 0, 'Implement the config'],
        // `2FA support` has no separator after the token: a word, not an ID.
        [12, null, 'checklist', 0, '2FA support for admins'],
      ],
    )
  })

  it('takes the state from the box, or from a Status sub-bullet', () => {
    assert.deepEqual(
      ledger.items.map((item) => [item.state, item.status, item.statusSource]),
      [
        ['open', ' ', 'box'],
        ['done', 'x', 'box'],
        ['open', ' ', 'box'],
        ['blocked', 'blocked on upstream', 'field'],
        ['partial', 'P', 'box'],
      ],
    )
    for (const item of ledger.items) assert.equal(cut(ledger, item.statusSpan), item.status)
  })

  it('gives an item its nested bullets, boxes and wrapped lines', () => {
    const [t300, cr01] = ledger.items
    assert.equal(t300.endLine, 6)
    assert.deepEqual(t300.tasks.map((task) => [task.line, task.state, task.text]), [[6, 'done', 'imports sorted']])
    assert.equal(cr01.endLine, 8)
    assert.equal(cut(ledger, cr01.span), '- [x] CR-01: Fix create_column\nwrapped onto a second line')
  })

  it('ends an item at a sibling box indented by less than its marker width (a property-test find)', () => {
    const siblings = readLines(['- [x] first', ' 1. [ ] second, one space in', '- [ ] third'])
    assert.deepEqual(
      siblings.items.map((item) => [item.line, item.endLine, item.title]),
      [
        [1, 1, 'first'],
        [2, 2, 'second, one space in'],
        [3, 3, 'third'],
      ],
    )
  })

  it('names the section and leaves verification checklists out', () => {
    assert.ok(ledger.items.every((item) => item.section === 'Priority 1: Core'))
    assert.ok(!ledger.items.some((item) => item.line === 15))
  })

  it('reads the same items from CRLF text, spans cutting the same status', () => {
    const crlf = readLines(PLAN, {}, '\r\n')
    assert.deepEqual(
      crlf.items.map((item) => [item.line, item.id, item.state, item.endLine]),
      ledger.items.map((item) => [item.line, item.id, item.state, item.endLine]),
    )
    for (const item of crlf.items) assert.equal(cut(crlf, item.statusSpan), item.status)
  })
})
