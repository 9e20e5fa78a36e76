import assert from 'node:assert/strict'
import {cut, readLines} from './read.js'

describe('table dialect', () => {
  const ledger = readLines([
    '# Fix Plan', //                                   1
    '',
    '| # | Severity | Title | Status |', //              3
    '|---|---|---|---|',
    '| 1 | High | Provider selection | Fixed |', //     5
    '| 2 | Low | Help panics | [x] Complete |', //      6
    '| 3 | Low | Port conflict |  |', //                7
    '| 4 | Low | Stale naming | In progress |', //       8
    '',
    '| Method | Applied to |', //                       10
    '|---|---|',
    '| M1 | everything |',
  ])

  it('reads the rows of a table with an ID and a Status column; other tables are not items', () => {
    assert.equal(ledger.dialect, 'table')
    assert.deepEqual(
      ledger.items.map((item) => [item.line, item.id, item.kind, item.title, item.state, item.status, item.statusSource]),
      [
        [5, '1', 'table-row', 'Provider selection', 'done', 'Fixed', 'cell'],
        [6, '2', 'table-row', 'Help panics', 'done', '[x] Complete', 'cell'],
        [7, '3', 'table-row', 'Port conflict', 'open', null, 'cell'],
        [8, '4', 'table-row', 'Stale naming', 'in_progress', 'In progress', 'cell'],
      ],
    )
  })

  it('points each status span at the cell content, empty for an empty cell', () => {
    assert.deepEqual(ledger.items.map((item) => cut(ledger, item.statusSpan)), ['Fixed', '[x] Complete', '', 'In progress'])
  })

  it('reads a summary table naming heading items as their index, not as items', () => {
    const indexed = readLines(['# Plan', '', '### A1: first', '', '### A2: second', '', '| ID | Status |', '| --- | --- |', '| A1 | Done |', '| A2 | Open |'])
    assert.equal(indexed.dialect, 'id-headings')
    assert.deepEqual(indexed.items.map((item) => [item.id, item.state, item.statusSource]), [['A1', 'done', 'index'], ['A2', 'open', 'index']])
  })

  it('does not read a table without a status column', () => {
    const plain = readLines(['# Plan', '', '| # | Problem | Priority |', '|---|---|---|', '| 1 | slow | high |'])
    assert.equal(plain.dialect, 'none')
    assert.deepEqual(plain.items, [])
  })
})
