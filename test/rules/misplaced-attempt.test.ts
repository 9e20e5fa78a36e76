import assert from 'node:assert/strict'
import {misplacedAttempt} from '../../src/rules/misplaced-attempt.js'
import {contextFrom} from './rule-context.js'

/** A `## [ID]` fix plan from its items' lines, joined as written. */
function fixPlan(...lines: string[]): string {
  return ['# Fix Plan', '', ...lines, ''].join('\n')
}

const ITEM_A = ['## [A-1] First', '- Status: in_progress', '- Attempts History:', '  * [2026-01-01] Attempt #0 — A-1 planned', '  * [2026-01-02] Attempt #1 — A-1 shipped', '']
const ITEM_B = ['## [B-2] Second', '- Status: open', '- Attempts History:', '  * [2026-01-01] Attempt #0 — B-2 planned', '']

function check(text: string) {
  return misplacedAttempt.check(contextFrom({fixPlan: text}))
}

describe('misplaced-attempt', () => {
  it('reports nothing on entries in their own item history', () => {
    assert.deepEqual(check(fixPlan(...ITEM_A, ...ITEM_B)), [])
  })

  describe('an entry outside every history', () => {
    it('is reported after the last item, naming the nearest item above in the hint', () => {
      const text = fixPlan(...ITEM_A, ...ITEM_B, '## Notes', '', '- [2026-01-03] Attempt #2 — A-1 follow-up')
      const reports = check(text)
      assert.equal(reports.length, 1)
      assert.equal(reports[0].line, text.split('\n').indexOf('- [2026-01-03] Attempt #2 — A-1 follow-up') + 1)
      assert.equal(reports[0].message, '`Attempt #2` is outside any Attempts History')
      assert.match(reports[0].hint!, /nearest item above is \[B-2\], line 9/)
    })

    it('is reported between items, as a stray bullet after another field', () => {
      const text = fixPlan(...ITEM_A.slice(0, 5), '- Exit Criteria: tests pass', '', '* Attempt #2 (2026-01-03): retried', '', ...ITEM_B)
      const reports = check(text)
      assert.deepEqual(
        reports.map((report) => [report.line, report.message]),
        [[10, '`Attempt #2` is outside any Attempts History']],
      )
    })

    it('is reported as a heading in a prose section before the items', () => {
      const text = fixPlan('## Status', '', '### Attempt #4 (2026-01-03) — sync', '', ...ITEM_A)
      assert.deepEqual(check(text).map((report) => report.line), [5])
    })

    it('is reported as a dated heading shaped like the file’s own heading entries, in a section of its own', () => {
      const history = ['## Attempts History', '', '### 2026-01-01T01:00Z — S1', 'text', '']
      const text = fixPlan(...history, '## TODOs', '- a todo', '', '## Later', '', '### 2026-01-02T01:00Z — S2', 'text', '', '#### 2026-01-03 deeper, not an entry level')
      assert.deepEqual(
        check(text).map((report) => [report.line, report.column, report.message]),
        [[13, 5, 'Dated entry heading is outside any Attempts History']],
      )
    })

    it('leaves dated notes without an attempt number, checkboxes and code alone', () => {
      const text = fixPlan(...ITEM_A, '## Notes', '- [2026-01-03] moved the data folder', '- [ ] Attempt #9 — a task named oddly', '```', '- [2026-01-03] Attempt #2 — in a code block', '```')
      assert.deepEqual(check(text), [])
    })
  })

  describe('entries read into a history from another section', () => {
    const history = ['## Attempts History', '', '### 2026-01-01T01:00Z — S1 (planned)', 'text', '', '### 2026-01-01T02:00Z — S1 (shipped)', 'text', '']

    it('reports the first entry under a section that interrupts a file-level history, once for all', () => {
      const text = fixPlan('## Status', 'ok', '', ...history, '## TODOs', '- a todo', '', '### 2026-01-02T01:00Z — S2 (planned)', 'text', '', '### 2026-01-02T02:00Z — S2 (shipped)', 'text')
      const reports = check(text)
      assert.deepEqual(reports, [
        {
          path: 'docs/fix_plan.md',
          line: 17,
          message: 'Attempt entries from here on sit under `## TODOs`, outside the Attempts History they are read into',
          hint: '2 entries (lines 17–21) belong to the Attempts History at line 6; move them there, or move `## TODOs` (line 14) after them',
        },
      ])
    })

    it('accepts entries under the history heading itself, and a deeper sub-section inside an entry', () => {
      const text = fixPlan(...history, '### 2026-01-02T01:00Z — S2', '#### Details', 'text')
      assert.deepEqual(check(text), [])
    })

    it('reports entries nested under a field written after the Attempts History field', () => {
      const text = fixPlan(...ITEM_A.slice(0, 5), '- Latest Status: shipped', '  * [2026-01-03] Attempt #2 — A-1 verified', '')
      const reports = check(text)
      assert.equal(reports.length, 1)
      assert.equal(reports[0].line, 9)
      assert.match(reports[0].message, /sit under `- Latest Status:`/)
    })
  })

  describe('an entry under another item than its own', () => {
    it('reports an entry that opens with another item’s ID and does not name its holder', () => {
      const text = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #1 — [A-1] verified the fix', '')
      const reports = check(text)
      assert.deepEqual(
        reports.map((report) => [report.line, report.message]),
        [[13, 'Attempt entry under [B-2] names [A-1]']],
      )
      assert.match(reports[0].hint!, /move it to \[A-1\]'s Attempts History \(line 5\)/)
    })

    it('reads `ID.phase` as naming the item, and leaves entries that also name their holder alone', () => {
      const phase = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #1 — A-1.F2 (shipped)', '')
      assert.equal(check(phase).length, 1)
      const both = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #1 — A-1 unblocked B-2', '')
      assert.deepEqual(check(both), [])
      const mentionLater = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #1 — waited on [A-1]', '')
      assert.deepEqual(check(mentionLater), [])
    })

    it('does not read a longer ID as a shorter one (A-10 is not A-1)', () => {
      const text = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #1 — A-10 follow-up', '')
      assert.deepEqual(check(text), [])
    })

    it('reports a number that continues another item’s sequence where items count their own', () => {
      const text = fixPlan(...ITEM_A, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #2 — verified the fix', '')
      const reports = check(text)
      assert.deepEqual(
        reports.map((report) => [report.line, report.message]),
        [[13, "`Attempt #2` under [B-2] continues [A-1]'s numbering (#1), not [B-2]'s"]],
      )
      assert.match(reports[0].hint!, /else renumber it \(its own would be #1\)/)
    })

    it('leaves numbering alone where attempts are counted across the file', () => {
      // Only one history starts its own count: the numbers are the file's, not the items'.
      const items = ['## [A-1] First', '- Attempts History:', '  * [2026-01-01] Attempt #0 — x', '  * [2026-01-02] Attempt #1 — x', '', '## [B-2] Second', '- Attempts History:', '  * [2026-01-03] Attempt #2 — y', '  * [2026-01-04] Attempt #3 — y']
      assert.deepEqual(check(fixPlan(...items, '  * [2026-01-05] Attempt #5 — y')), [])
    })

    it('leaves a number alone when two items end just below it', () => {
      const c = ['## [C-3] Third', '- Attempts History:', '  * [2026-01-01] Attempt #0 — x', '  * [2026-01-02] Attempt #1 — x', '']
      const text = fixPlan(...ITEM_A, ...c, ...ITEM_B.slice(0, 4), '  * [2026-01-03] Attempt #2 — verified', '')
      assert.deepEqual(check(text), [])
    })
  })

  it('judges only `## [ID]` fix plans', () => {
    assert.deepEqual(misplacedAttempt.dialects, ['bracketed-headings'])
  })
})
