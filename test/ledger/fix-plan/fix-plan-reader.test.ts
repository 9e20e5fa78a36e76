import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanLedger, Span} from '../../../src/ledger/model.js'

function read(lines: string[]): FixPlanLedger {
  return readFixPlan(createDocument('docs/fix_plan.md', lines.join('\n') + '\n'))
}

function cut(ledger: FixPlanLedger, span: Span | undefined): string | undefined {
  return span && ledger.doc.text.slice(span.start, span.end)
}

function warningLines(ledger: FixPlanLedger): Array<[number, string]> {
  return ledger.warnings.map((warning) => [warning.line, warning.message])
}

describe('readFixPlan', () => {
  it('reads a list index with spans on the priority and status values', () => {
    const ledger = read([
      '# Fix Plan',
      '',
      '- [TEST-PYTORCH-001] Author PyTorch regression — Priority: High, Status: in_progress (plan: plans/active/TEST-PYTORCH-001/implementation.md)',
      '- [DATA-001](#data-001) Loader guard — **Status:** archived 2025-10-20 — see archive',
      '- [x] S1: a checklist line is not an index line',
      '',
      '## [TEST-PYTORCH-001] Author PyTorch regression',
      '- Status: in_progress',
      '',
      '## [DATA-001] Loader guard',
      '- Status: archived 2025-10-20 — see archive',
    ])
    assert.deepEqual(
      ledger.index.map((entry) => [entry.id, entry.kind, entry.line, entry.title, entry.priority, entry.status, cut(ledger, entry.prioritySpan), cut(ledger, entry.statusSpan)]),
      [
        ['TEST-PYTORCH-001', 'list', 3, 'Author PyTorch regression', 'High', 'in_progress', 'High', 'in_progress'],
        ['DATA-001', 'list', 4, 'Loader guard', undefined, 'archived 2025-10-20', undefined, 'archived 2025-10-20'],
      ],
    )
    assert.deepEqual(ledger.warnings, [])
  })

  it('reads bold keys and `*` / `+` bullets, with nested continuation in the field extent', () => {
    const ledger = read([
      '### [A-1] Item',
      '* **Status:** done',
      '* **Priority**: Low',
      '* Spec/AT: `specs/spec.md` §4',
      '  continued on the next line',
      '',
      '  - nested detail',
      '* Return Condition:',
    ])
    assert.deepEqual(
      ledger.items[0].fields.map((field) => [field.key, field.value, field.line, field.endLine, cut(ledger, field.keySpan)]),
      [
        ['Status', 'done', 2, 2, 'Status'],
        ['Priority', 'Low', 3, 3, 'Priority'],
        ['Spec/AT', '`specs/spec.md` §4', 4, 7, 'Spec/AT'],
        ['Return Condition', '', 8, 8, 'Return Condition'],
      ],
    )
    const plus = read(['## [B-2] Item', '+ Status: pending'])
    assert.deepEqual(plus.items[0].fields.map((field) => [field.key, field.value]), [['Status', 'pending']])
  })

  it('ends items at the next item or group heading, keeping sub-sections inside', () => {
    const ledger = read([
      '## Active / Pending Initiatives',
      '### [A-1] First',
      '- Status: in_progress',
      '#### Notes',
      '- Owner: not a field of A-1 (it sits under a sub-heading)',
      '### [A-2] Second',
      '- Status: pending',
      '## Completed',
      '### [A-3] Third',
      '- Status: done',
    ])
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.line, item.endLine, item.fields.map((field) => field.key).join(',')]),
      [
        ['A-1', 2, 5, 'Status'],
        ['A-2', 6, 7, 'Status'],
        ['A-3', 9, 10, 'Status'],
      ],
    )
  })

  it('keeps a fenced block inside an entry even when its lines are not indented', () => {
    const ledger = read([
      '## [A-1] Item',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2025-10-17] Attempt #1 — ran the selector:',
      '    ```',
      'pytest -q',
      '- not a field',
      '    ```',
      '  * [2025-10-18] Attempt #2 — done.',
      '- Exit Criteria: green',
    ])
    const entries = ledger.items[0].attempts!.entries
    assert.deepEqual(entries.map((entry) => [entry.number, entry.line, entry.endLine]), [
      [1, 4, 8],
      [2, 9, 9],
    ])
    assert.deepEqual(ledger.items[0].fields.map((field) => [field.key, field.endLine]), [
      ['Status', 2],
      ['Attempts History', 9],
      ['Exit Criteria', 10],
    ])
  })

  it('reads entries written as siblings of `- Attempts History:` rather than nested under it', () => {
    const ledger = read([
      '## [A-1] Item',
      '- Status: in_progress',
      '- Attempts History (newest last):',
      '- [2025-10-17] Attempt #1 — one',
      '  Artifacts: `reports/a/`.',
      '- [2025-10-18] Attempt #2 — two',
      '- Exit Criteria: green',
    ])
    const [item] = ledger.items
    assert.deepEqual(item.fields.map((field) => [field.key, field.line, field.endLine]), [
      ['Status', 2, 2],
      ['Attempts History (newest last)', 3, 6],
      ['Exit Criteria', 7, 7],
    ])
    assert.deepEqual([item.attempts?.kind, item.attempts?.line], ['field', 3])
    assert.deepEqual(item.attempts!.entries.map((entry) => [entry.number, entry.line, entry.endLine, entry.indent]), [
      [1, 4, 5, 0],
      [2, 6, 6, 0],
    ])
    assert.deepEqual(ledger.warnings, [])
  })

  it('reads a heading history inside an item', () => {
    const ledger = read([
      '## [A-1] Item',
      '- Status: in_progress',
      '### Attempts History',
      '#### 2026-01-22T02:40Z — first',
      'Body.',
      '#### 2026-01-23T02:40Z — second',
      '## [A-2] Next',
      '- Status: pending',
    ])
    const history = ledger.items[0].attempts!
    assert.deepEqual([history.kind, history.line], ['heading', 3])
    assert.deepEqual(history.entries.map((entry) => [entry.label, entry.headingLevel, entry.line, entry.endLine]), [
      ['first', 4, 4, 5],
      ['second', 4, 6, 6],
    ])
    assert.equal(ledger.attempts, undefined)
  })

  it('does not take a bracketed-date entry heading for an item', () => {
    const ledger = read(['## Attempts History', '### [2026-01-22] Attempt #3 — kickoff', 'Body.'])
    assert.deepEqual(ledger.items, [])
    assert.deepEqual(ledger.attempts!.entries.map((entry) => [entry.number, entry.date, entry.dateInBrackets, entry.label, entry.endLine]), [[3, '2026-01-22', true, 'kickoff', 3]])
  })

  it('reads a bare-line history outside any item as the file history', () => {
    const ledger = read(['# Backlog', '', 'Attempts History:', '* 2025-12-04T120500Z — first', '  more', '* 2025-12-05T120500Z — second', '', 'Closing text.'])
    assert.deepEqual([ledger.attempts?.kind, ledger.attempts?.line], ['bare-line', 3])
    assert.deepEqual(ledger.attempts!.entries.map((entry) => [entry.style, entry.line, entry.endLine]), [
      ['timestamp-dash', 4, 5],
      ['timestamp-dash', 6, 6],
    ])
  })

  it('reads placeholders written as text and as bullets', () => {
    const ledger = read(['## [A-1] Item', '- Status: pending', 'Attempts History:', '(none yet)', '', '## [A-2] Item', '- Status: pending', '- Attempts History:', '  - _None yet._'])
    assert.deepEqual(ledger.items.map((item) => [item.attempts?.kind, item.attempts?.entries.length, item.attempts?.placeholder?.line]), [
      ['bare-line', 0, 4],
      ['field', 0, 9],
    ])
    assert.equal(cut(ledger, ledger.items[1].attempts?.placeholder?.span), '  - _None yet._')
  })

  it('keeps unclassified bullets as plain entries, warning only about malformed-looking ones', () => {
    const ledger = read([
      '## [A-1] Item',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2025-10-17] Attempt #1 — fine',
      '  * Reran after the rebase; same result.',
      '  * [2025-10-18 Attempt #3 — unclosed bracket',
    ])
    assert.deepEqual(ledger.items[0].attempts!.entries.map((entry) => [entry.style, entry.number, entry.contentColumn, entry.text]), [
      ['bracket-date-number', 1, 4, 'fine'],
      ['plain', undefined, 4, 'Reran after the rebase; same result.'],
      ['plain', 3, 4, '[2025-10-18 Attempt #3 — unclosed bracket'],
    ])
    assert.deepEqual(warningLines(ledger).map(([line]) => line), [6])
  })

  it('warns about what it cannot interpret, with the line', () => {
    const ledger = read([
      '| ID | Title | Status |',
      '| --- | --- | --- |',
      '| [GONE-001](#gone) | Removed item | done |',
      '| | no id | pending |',
      '',
      '## [A-1] Item without fields',
      'Some prose.',
      '',
      '## [A-2] Item',
      '- Status: pending',
      '- Status: done',
      '- a bullet that is not a field',
      '- Attempts History:',
      '  * [2025-10-17] Attempt #1 — one',
      'Attempts History:',
      '* [2025-10-18] Attempt #2 — two',
    ])
    assert.deepEqual(ledger.items[1].attempts!.entries.map((entry) => entry.number), [1, 2])
    assert.equal(ledger.items[1].attempts!.kind, 'field')
    const lines = warningLines(ledger)
    assert.deepEqual(lines.map(([line]) => line), [3, 4, 6, 11, 12, 15])
    assert.match(lines[0][1], /GONE-001 has no \[GONE-001\] item/)
    assert.match(lines[1][1], /no ID/)
    assert.match(lines[2][1], /\[A-1\] has no `- Key: value` fields/)
    assert.match(lines[3][1], /repeats the field `Status` \(first at line 10\)/)
    assert.match(lines[4][1], /1 top-level bullet\(s\) are not `Key: value` fields/)
    assert.match(lines[5][1], /second Attempts History \(first at line 13\)/)
  })

  it('passes on scanner warnings and conflict markers', () => {
    const ledger = read(['## [A-1] Item', '- Status: pending', '<<<<<<< HEAD', '- Priority: High', '=======', '>>>>>>> other', '```', 'unclosed'])
    assert.deepEqual(warningLines(ledger).map(([line]) => line), [3, 7])
  })
})
