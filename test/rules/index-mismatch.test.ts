import assert from 'node:assert/strict'
import {indexMismatch} from '../../src/rules/index-mismatch.js'
import {comparableStatus as comparable} from '../../src/ledger/fix-plan/status-word.js'
import type {RuleReport} from '../../src/rules/rule.js'
import {contextFrom} from './rule-context.js'

const TABLE_INDEX = `# Fix Plan

| ID | Title | Priority | Status |
| --- | --- | --- | --- |
| [A-1](#a-1) | First | High | in_progress |
| [B-2](#b-2) | Second | **Medium** | \`done\` |
| C-3 | Archived | Low | archived |
| GONE-9 | Not here | Low | pending |

## [A-1] First
- Priority: High
- Status: done

## [B-2] Second
- Priority: medium
- Status: done ✅

## [C-3] Archived
- Priority: Low
- Status: archived 2026-11-29 — see archive/2026.md#c-3

## [D-4] Not in the index
- Status: pending
`

const shown = (reports: RuleReport[]) => reports.map((report) => `${report.line}:${report.column} ${report.message}`)

describe('index-mismatch', () => {
  it('reports a differing status, an entry without item, and an item without entry', () => {
    assert.deepEqual(shown(indexMismatch.check(contextFrom({fixPlan: TABLE_INDEX}))), [
      "5:32 Index status `in_progress` of A-1 differs from the item's Status `done` (line 12)",
      '8:3 Index entry GONE-9 has no [GONE-9] item in this file',
      '22:4 Item [D-4] is missing from the index',
    ])
  })

  it('reads list indexes too, and reports a differing priority at its value', () => {
    const list = `# Fix Plan

- [A-1] First — Priority: High, Status: pending
- [B-2] Second — Priority: Low, Status: in_progress (plan: plans/b.md)

## [A-1] First
- Priority: Critical
- Status: pending

## [B-2] Second
- Priority: Low
- Status: in-progress
`
    assert.deepEqual(shown(indexMismatch.check(contextFrom({fixPlan: list}))), ["3:27 Index priority `High` of A-1 differs from the item's Priority `Critical` (line 7)"])
  })

  it('says nothing about a file without an index', () => {
    assert.deepEqual(indexMismatch.check(contextFrom({fixPlan: '# Fix Plan\n\n## [A-1] First\n- Status: done\n'})), [])
  })

  it('compares the leading word, lowercased, without markup', () => {
    assert.equal(comparable('`archived 2026-11-29 — see archive.md`'), 'archived')
    assert.equal(comparable('**Done** ✅'), 'done')
    assert.equal(comparable('✅ done'), 'done')
    assert.equal(comparable('In-Progress'), 'in_progress')
    assert.equal(comparable('in_progress'), 'in_progress')
    assert.notEqual(comparable('pending'), comparable('planning'))
  })
})

describe('index-mismatch on other dialects', () => {
  const HEADINGS = `# Fixes

### W1: first ✅

### W2: second
**Status:** in progress

### W3: third

### W4: fourth
`
  const check = (fixPlan: string) => indexMismatch.check(contextFrom({fixPlan})).map((report) => [report.line, report.severity ?? 'error', report.message])

  it('compares a summary table with heading items by state, not by word', () => {
    const summary = '\n| ID | Status |\n| --- | --- |\n| W1 | FIXED |\n| W2 | Done |\n| W3 | Open |\n| W4 | open |\n'
    assert.deepEqual(check(HEADINGS + summary), [[15, 'error', "Index status `Done` (done) of W2 differs from the item's status `in progress` (in_progress, line 5)"]])
  })

  it('reports an index row naming no item, without brackets', () => {
    const summary = '\n| ID | Status |\n| --- | --- |\n| W1 | done |\n| W2 | in progress |\n| W3 | open |\n| W4 | open |\n| W5 | open |\n'
    assert.deepEqual(check(HEADINGS + summary), [[18, 'error', 'Index entry W5 has no W5 item in this file']])
  })

  it('warns of an item left out of a table listing most items, and says nothing when it lists few', () => {
    const most = '\n| ID | Status |\n| --- | --- |\n| W1 | done |\n| W2 | in progress |\n| W3 | open |\n'
    assert.deepEqual(check(HEADINGS + most), [[10, 'warning', 'Item W4 is missing from the index']])
    const few = '\n| ID | Status |\n| --- | --- |\n| W1 | done |\n'
    assert.deepEqual(check(HEADINGS + few), [])
  })

  it('says nothing about a table none of whose IDs name items, nor about a table ledger', () => {
    assert.deepEqual(check(`${HEADINGS}\n| ID | Status |\n| --- | --- |\n| 1 | done |\n| 2 | open |\n`), [])
    assert.deepEqual(check('# Plan\n\n| ID | Title | Status |\n| --- | --- | --- |\n| 1 | a | Fixed |\n| 2 | b | |\n'), [])
  })
})

