import assert from 'node:assert/strict'
import {comparable, indexMismatch} from '../../src/rules/index-mismatch.js'
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
