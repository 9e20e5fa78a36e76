import assert from 'node:assert/strict'
import fc from 'fast-check'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanLedger, Span} from '../../../src/ledger/model.js'

/** Pieces of real fix plans, including broken ones, to build plausible-but-odd ledgers from. */
const fragments = [
  '# Fix Plan Ledger',
  '**Last Updated:** 2025-10-19',
  '**Active Focus**: TEST-PYTORCH-001',
  '**',
  '## Index',
  '| ID | Title | Priority | Status |',
  '| --- | --- | --- | --- |',
  '| [TEST-PYTORCH-001](#test) | Title | High | in_progress |',
  '| | missing id |',
  '| ID | Status',
  '- [DATA-001] Loader — Priority: High, Status: pending (plan: plans/x)',
  '- [X] Priority:',
  '## [TEST-PYTORCH-001] Author regression',
  '### [seed] Inbox monitoring',
  '#### [A1] deep item',
  '## []',
  '## [',
  '## Completed',
  '## Active / Pending Initiatives',
  '- Status: in_progress',
  '* Priority: High',
  '+ **Status:** done',
  '- **Owner/Date**: Codex/2025-10-19',
  '- Status:',
  '- :',
  '- **:**',
  '- Attempts History:',
  '- Attempts History: see archive',
  'Attempts History:',
  '**Attempts History:**',
  '## Attempts History',
  '### Attempts History',
  '  * [2025-10-17] Attempt #0 — text',
  '  * [2025-10-16T23:05:39Z] Attempt #12: text',
  '  * [2025-10-17 Attempt #3 — broken',
  '  - *2026-01-13T202358Z:* text',
  '  - *2026-01-26T00:00:00Z (planning kickoff):* text',
  '  - *2026-01-26T00:00:00Z (unclosed:* text',
  '  * 2025-12-04T120500Z — text',
  '  - Attempt #1 (2025-09-29): text',
  '  - Attempt #',
  '  * (none yet)',
  '(none yet)',
  '    Next Actions: continue',
  '    - nested bullet',
  '\tTabbed: continuation',
  '### 2026-01-22T02:40Z — seed S1–S2 (initial)',
  '### 2026-01-22T02:40Z',
  '### notes',
  '## TODOs',
  '- [x] S1: done',
  '- [ ] S2',
  '**Action:** did things',
  '```',
  '~~~',
  '```python',
  '<!-- comment',
  '-->',
  '<div>',
  '---',
  '> quote',
  '1. [ ] numbered',
  '<<<<<<< HEAD',
  '=======',
  '>>>>>>> branch',
  '',
  '   ',
  '—',
  '*',
  '[',
  '#',
]

const pick = (choices: string[]) => fc.constantFrom(...choices)
const indent = pick(['', '', '', ' ', '  ', '    ', '\t'])
const noise = fc.tuple(indent, pick(fragments)).map(([space, fragment]) => space + fragment)

/** Item-shaped runs (heading, fields, a history and its entries) so the deep paths get exercised. */
const itemBlock = fc
  .tuple(
    pick(fragments.filter((fragment) => fragment.startsWith('#'))),
    fc.array(pick(fragments.filter((fragment) => /^[-*+] /.test(fragment))), {maxLength: 4}),
    pick(fragments.filter((fragment) => /Attempts History/.test(fragment))),
    fc.array(fc.tuple(pick(fragments.filter((fragment) => /^ {2}[-*] |^###? \d|^\(none/.test(fragment))), fc.array(noise, {maxLength: 3})), {maxLength: 5}),
  )
  .map(([heading, fields, history, entries]) => [heading, ...fields, history, ...entries.flatMap(([entry, rest]) => [entry, ...rest])])

const ledgerText = fc
  .tuple(fc.array(fc.oneof(itemBlock, noise.map((line) => [line])), {maxLength: 12}), fc.array(pick(['\n', '\n', '\r\n', '\r']), {minLength: 1, maxLength: 4}))
  .map(([blocks, endings]) =>
    blocks
      .flat()
      .map((line, at) => line + endings[at % endings.length])
      .join(''),
  )

function assertWellFormed(ledger: FixPlanLedger): void {
  const {text, lines} = ledger.doc
  const inText = (span: Span | undefined, what: string) => {
    if (!span) return
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside the text`)
  }
  const inLines = (line: number, what: string) => assert.ok(Number.isInteger(line) && line >= 1 && line <= lines.length, `${what} line ${line}`)
  for (const field of ledger.header) {
    inLines(field.line, 'header')
    inText(field.valueSpan, 'header value')
  }
  for (const entry of ledger.index) {
    inLines(entry.line, 'index')
    for (const span of [entry.span, entry.prioritySpan, entry.statusSpan]) inText(span, 'index')
    if (entry.statusSpan) assert.equal(text.slice(entry.statusSpan.start, entry.statusSpan.end), entry.status)
  }
  let previousItemEnd = 0
  for (const item of ledger.items) {
    inLines(item.line, 'item')
    inLines(item.endLine, 'item end')
    assert.ok(item.line <= item.endLine && item.line > previousItemEnd, 'items ordered and disjoint')
    previousItemEnd = item.endLine
    inText(item.span, 'item')
    let previousFieldEnd = item.line
    for (const field of item.fields) {
      assert.ok(field.line > previousFieldEnd && field.line <= field.endLine && field.endLine <= item.endLine, 'fields ordered inside the item')
      previousFieldEnd = field.endLine
      for (const span of [field.keySpan, field.valueSpan, field.span]) {
        inText(span, 'field')
        assert.ok(span.start >= item.span.start && span.end <= item.span.end, 'field span inside the item')
      }
      assert.equal(text.slice(field.valueSpan.start, field.valueSpan.end), field.value)
    }
  }
  for (const history of [...ledger.items.map((item) => item.attempts), ledger.attempts]) {
    if (!history) continue
    inLines(history.line, 'history')
    inText(history.placeholder?.span, 'placeholder')
    let previousEnd = 0
    for (const entry of history.entries) {
      inLines(entry.line, 'entry')
      inLines(entry.endLine, 'entry end')
      assert.ok(entry.line <= entry.endLine && entry.line > previousEnd, 'entries ordered and disjoint')
      previousEnd = entry.endLine
      inText(entry.span, 'entry')
      inText(entry.textSpan, 'entry text')
      assert.ok(entry.textSpan.start >= entry.span.start && entry.textSpan.end <= entry.span.end, 'text inside the entry')
      assert.equal(text.slice(entry.textSpan.start, entry.textSpan.end), entry.text)
    }
  }
  for (const warning of ledger.warnings) inLines(warning.line, 'warning')
}

describe('readFixPlan on random input', () => {
  it('never throws on ledger-like fragments, and every span and line stays inside the text, in order', () => {
    fc.assert(
      fc.property(ledgerText, (text) => assertWellFormed(readFixPlan(createDocument('fuzz.md', text)))),
      {numRuns: 400},
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => assertWellFormed(readFixPlan(createDocument('fuzz.md', text)))),
      {numRuns: 300},
    )
  })

  it('never throws on a BOM and on empty input', () => {
    for (const text of ['', '\ufeff', '\ufeff## [A-1] x\n- Status: done', '\n\n\n', '\r\n']) assertWellFormed(readFixPlan(createDocument('edge.md', text)))
  })
})
