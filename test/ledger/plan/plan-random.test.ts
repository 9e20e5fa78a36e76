import assert from 'node:assert/strict'
import fc from 'fast-check'
import {createDocument, type LedgerDocument} from '../../../src/ledger/document.js'
import {readFindings} from '../../../src/ledger/findings/findings.js'
import type {Span} from '../../../src/ledger/model.js'
import {readPlan} from '../../../src/ledger/plan/plan.js'

/** Fragments that steer random text into tables, checklists, headings and markers. */
const FRAGMENTS = [
  '|', '| ', ' |', '\\|', '`', '``', '[', ']', '[ ]', '[x]', '`[D]`', '[Q]', '[✅]', '- ', '1. ', '* ', '  ', '\t',
  '\n', '\r\n', '\n\n', '# ', '### ', 'Phase ', 'A1', 'D1.A', ': ', ' — ', '**', 'Goal:', 'Prereqs:', 'Exit Criteria:',
  'ID', 'State', 'Status', 'Finding ID', 'POLICY-001', '| --- |', '---', '```', '<!--', '-->', 'COMPLETE', '✅', 'é', '😀', '\uFEFF',
]

const markdownish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 6})), {maxLength: 80}).map((parts) => parts.join(''))

const fragment = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 4})), {maxLength: 4}).map((parts) => parts.join(''))

/** Whole lines shaped like plan and findings structure, with random pieces inside. */
const ledgerLine = fc.oneof(
  fc.constantFrom('| ID | Task | State | How/Why & Guidance |', '| Finding ID | Date | Synopsis | Status |', '| --- | --- | --- | --- |', '', 'Goal:', '**Exit Criteria:**', '## DATA-002 - Heading finding'),
  fc.array(fragment, {minLength: 1, maxLength: 7}).map((cells) => `| ${cells.join(' | ')} |`),
  fc.array(fragment, {maxLength: 5}).map((cells) => `| POLICY-001 | ${cells.join(' | ')}`),
  fc.tuple(fc.constantFrom('- ', '  - ', '1. ', '*   '), fc.constantFrom('[ ]', '[x]', '[Q]', '[✅]', '[]'), fragment).map(([bullet, box, text]) => `${bullet}${box} ${text}`),
  fc.tuple(fc.constantFrom('# ', '## ', '### '), fc.constantFrom('Phase ', 'Final Phase: ', ''), fragment).map(([marks, phase, text]) => `${marks}${phase}${text}`),
  fragment,
)
const ledgerText = fc
  .tuple(fc.array(ledgerLine, {maxLength: 30}), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol))

function assertInside(doc: LedgerDocument, span: Span): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= doc.text.length, `${JSON.stringify(span)} outside ${doc.text.length}`)
}

describe('plan and findings readers on random text', () => {
  it('never throw and keep every span and line inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(ledgerText, markdownish, fc.string({unit: 'binary', maxLength: 200})), (text) => {
        const doc = createDocument('random.md', text)
        const plan = readPlan(doc)
        for (const row of plan.rows) {
          assertInside(doc, row.span)
          if (row.state) assertInside(doc, row.state.span)
          if (row.textSpan) assertInside(doc, row.textSpan)
          for (const cell of row.cells) assertInside(doc, cell)
          assert.ok(row.line >= 1 && row.line <= doc.lines.length)
        }
        for (const warning of plan.warnings) assert.ok(warning.line >= 1 && warning.line <= doc.lines.length)
        const findings = readFindings(doc)
        for (const finding of findings.findings) {
          assertInside(doc, finding.span)
          assert.ok(finding.id !== '')
        }
        for (const warning of findings.warnings) assert.ok(warning.line >= 1 && warning.line <= doc.lines.length)
      }),
      {numRuns: 2000},
    )
  })
})
