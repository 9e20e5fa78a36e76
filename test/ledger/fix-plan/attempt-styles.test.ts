import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import type {AttemptEntry, AttemptsHistory, FixPlanLedger} from '../../../src/ledger/model.js'
import {repoRoot} from '../../support/corpus.js'

const fixtureDir = join(repoRoot, 'test/fixtures/fix-plan')

function fixtureText(name: string): string {
  return readFileSync(join(fixtureDir, name), 'utf8')
}

function read(name: string, text = fixtureText(name)): FixPlanLedger {
  return readFixPlan(createDocument(name, text))
}

/** The parts a test states by hand, in a fixed order. */
function summary(entry: AttemptEntry) {
  const {style, number, date, label, separator, text, line, endLine} = entry
  return {style, number, date, label, separator, text, line, endLine}
}

/** Every span must cut exactly what the entry reports. */
function assertSpansConsistent(ledger: FixPlanLedger, history: AttemptsHistory): void {
  const {doc} = ledger
  for (const entry of history.entries) {
    assert.equal(doc.text.slice(entry.textSpan.start, entry.textSpan.end), entry.text)
    assert.equal(entry.span.start, doc.lines[entry.line - 1].start)
    assert.equal(entry.span.end, doc.lines[entry.endLine - 1].end)
  }
}

describe('Attempts History entry styles', () => {
  it('style 1: `* [date] Attempt #N — text` with timestamps, every separator and continuation lines', () => {
    const ledger = read('style1-bracket-date.md')
    const [bridge, loader] = ledger.items
    assert.equal(bridge.attempts?.kind, 'field')
    assert.deepEqual(bridge.attempts!.entries.map(summary), [
      {style: 'bracket-date-number', number: 0, date: '2025-10-16T23:05:39Z', label: undefined, separator: '—', text: 'Reproduced the params.cfg drift; wrote a failing test.', line: 9, endLine: 10},
      {style: 'bracket-date-number', number: 1, date: '2025-10-17', label: undefined, separator: '–', text: 'Added the `update_legacy_dict` bridge; targeted test GREEN.', line: 11, endLine: 14},
      {style: 'bracket-date-number', number: 3, date: '2025-10-17', label: undefined, separator: ':', text: 'Training CLI calls the bridge; full suite 236 passed.', line: 15, endLine: 15},
    ])
    assert.deepEqual(loader.attempts!.entries.map(summary), [
      {style: 'bracket-date-number', number: 2, date: '2025-10-15', label: undefined, separator: '-', text: 'Loader accepts (N,H,W) and legacy (H,W,N) arrays.', line: 22, endLine: 22},
    ])
    const first = bridge.attempts!.entries[0]
    assert.deepEqual([first.bullet, first.indent, first.contentColumn, first.dateInBrackets], ['*', 2, 4, true])
    assert.deepEqual(bridge.fields.map((field) => field.key), ['Priority', 'Status', 'Attempts History', 'Exit Criteria'])
    assertSpansConsistent(ledger, bridge.attempts!)
    assert.deepEqual(ledger.warnings, [])
  })

  it('style 2: `- *timestamp:* text` with continuation lines and nested bullets', () => {
    const ledger = read('style2-italic-timestamp.md')
    const [item] = ledger.items
    assert.deepEqual([item.id, item.level, item.line, item.endLine], ['SIM-LINES-4X-001', 3, 5, 15])
    assert.deepEqual(item.attempts!.entries.map(summary), [
      {style: 'italic-timestamp', number: undefined, date: '2026-01-13T202358Z', label: undefined, separator: ':', text: 'Baseline run reproduced the blurred reconstruction.', line: 9, endLine: 10},
      {style: 'italic-timestamp', number: undefined, date: '2026-01-14T091500Z', label: undefined, separator: ':', text: 'Gridsize sweep narrowed the regression to probe scaling.', line: 11, endLine: 13},
      {style: 'italic-timestamp', number: undefined, date: '2026-01-15T101000Z', label: undefined, separator: ':', text: 'Fix landed; parity restored.', line: 14, endLine: 14},
    ])
    assert.deepEqual([item.attempts!.entries[0].bullet, item.attempts!.entries[0].dateInBrackets], ['-', false])
    assertSpansConsistent(ledger, item.attempts!)
    assert.deepEqual(ledger.warnings, [])
  })

  it('style 3: `- *timestamp (label):* text`, mixed with an unlabelled entry', () => {
    const ledger = read('style3-italic-label.md')
    const history = ledger.items[0].attempts!
    assert.deepEqual(history.entries.map(summary), [
      {style: 'italic-timestamp-label', number: undefined, date: '2026-01-26T00:00:00Z', label: 'planning kickoff', separator: ':', text: 'Scoped the regression; plan drafted.', line: 9, endLine: 9},
      {style: 'italic-timestamp-label', number: undefined, date: '2026-01-26T04:30:00Z', label: 'phase A', separator: ':', text: 'Captured the failing selector.', line: 10, endLine: 11},
      {style: 'italic-timestamp', number: undefined, date: '2026-01-27T10:00:00Z', label: undefined, separator: ':', text: 'Unlabelled follow-up note.', line: 12, endLine: 12},
    ])
    assertSpansConsistent(ledger, history)
  })

  it('style 4: `* timestamp — text`, also with a plain date and a hyphen', () => {
    const ledger = read('style4-timestamp-dash.md')
    const [item] = ledger.items
    assert.deepEqual(item.attempts!.entries.map(summary), [
      {style: 'timestamp-dash', number: undefined, date: '2025-12-04T120500Z', label: undefined, separator: '—', text: 'Profiled one epoch; the dataloader dominates (71%).', line: 7, endLine: 8},
      {style: 'timestamp-dash', number: undefined, date: '2025-12-05T081000Z', label: undefined, separator: '-', text: 'Tried pinned memory; no change.', line: 9, endLine: 9},
      {style: 'timestamp-dash', number: undefined, date: '2025-12-05', label: undefined, separator: '—', text: 'Blocked on GPU quota; see galph_memory.md.', line: 10, endLine: 10},
    ])
    assert.deepEqual(item.fields.map((field) => [field.key, field.line, field.endLine]), [
      ['Status', 4, 4],
      ['Owner/Date', 5, 5],
      ['Attempts History', 6, 10],
      ['Return Condition', 11, 11],
    ])
    assertSpansConsistent(ledger, item.attempts!)
  })

  it('style 5: `- Attempt #N (date): text` with nested sub-bullets', () => {
    const ledger = read('style5-number-paren-date.md')
    const history = ledger.items[0].attempts!
    assert.deepEqual(history.entries.map(summary), [
      {style: 'number-paren-date', number: 1, date: '2025-09-29', label: undefined, separator: ':', text: 'Mapped the TensorFlow inference entry points.', line: 7, endLine: 9},
      {style: 'number-paren-date', number: 2, date: '2025-09-30', label: undefined, separator: ':', text: 'Drafted the `ptycho_torch/inference.py` wrapper.', line: 10, endLine: 12},
      {style: 'number-paren-date', number: 3, date: '2025-10-01', label: undefined, separator: '—', text: 'Parity check against the TF baseline.', line: 13, endLine: 13},
    ])
    assert.equal(ledger.items[0].fields.at(-1)?.key, 'Exit Criteria')
    assertSpansConsistent(ledger, history)
  })

  it('style 6: `### timestamp — label` headings under `## Attempts History`, across an interrupting section', () => {
    const ledger = read('style6-heading.md')
    assert.deepEqual(ledger.items, [])
    assert.deepEqual(ledger.header, [])
    const history = ledger.attempts!
    assert.deepEqual([history.kind, history.line], ['heading', 6])
    assert.deepEqual(history.entries.map(summary), [
      {style: 'heading', number: undefined, date: '2026-01-22T02:40Z', label: 'seed S1–S2 (initial)', separator: '—', text: 'seed S1–S2 (initial)', line: 8, endLine: 20},
      {style: 'heading', number: undefined, date: '2026-01-22T04:26Z', label: 'seed S3 (blueprint)', separator: ':', text: 'seed S3 (blueprint)', line: 22, endLine: 24},
      {style: 'heading', number: undefined, date: '2026-01-23T08:35Z', label: 'seed S4 (shipped)', separator: '—', text: 'seed S4 (shipped)', line: 29, endLine: 30},
    ])
    const first = history.entries[0]
    assert.deepEqual([first.headingLevel, first.bullet, first.indent, first.contentColumn], [3, undefined, 0, 4])
    assert.deepEqual(
      ledger.warnings.map((warning) => [warning.line, /interrupts the Attempts History \(line 6\)/.test(warning.message)]),
      [[26, true]],
    )
    assertSpansConsistent(ledger, history)
  })

  it('style 7: a bare `Attempts History:` line followed by entries of mixed bullet styles', () => {
    const ledger = read('style7-bare-line.md')
    const [item] = ledger.items
    assert.deepEqual([item.attempts?.kind, item.attempts?.line], ['bare-line', 6])
    assert.deepEqual(item.attempts!.entries.map(summary), [
      {style: 'bracket-date-number', number: 1, date: '2025-11-02', label: undefined, separator: '—', text: 'Synced `docs/TESTING_GUIDE.md` with the new selectors.', line: 7, endLine: 8},
      {style: 'number-paren-date', number: 2, date: '2025-11-03', label: undefined, separator: ':', text: 'Index updated.', line: 9, endLine: 10},
      {style: 'italic-timestamp', number: undefined, date: '2025-11-04T101500Z', label: undefined, separator: ':', text: 'Link checker clean.', line: 11, endLine: 11},
    ])
    assert.deepEqual([item.attempts!.entries[0].indent, item.attempts!.entries[0].contentColumn], [0, 2])
    // The bullet after the entries is a field again, not an entry.
    assert.deepEqual(item.fields.map((field) => [field.key, field.line]), [
      ['Priority', 4],
      ['Status', 5],
      ['Exit Criteria', 12],
    ])
    assertSpansConsistent(ledger, item.attempts!)
    assert.deepEqual(ledger.warnings, [])
  })

  describe('with CRLF line endings', () => {
    const fixtures = [
      'style1-bracket-date.md',
      'style2-italic-timestamp.md',
      'style3-italic-label.md',
      'style4-timestamp-dash.md',
      'style5-number-paren-date.md',
      'style6-heading.md',
      'style7-bare-line.md',
    ]
    for (const name of fixtures) {
      it(`${name} reads the same`, () => {
        const lf = read(name)
        const crlf = read(name, fixtureText(name).replace(/\n/g, '\r\n'))
        assert.equal(crlf.doc.eol, '\r\n')
        const histories = (ledger: FixPlanLedger) => [...ledger.items.map((item) => item.attempts), ledger.attempts].filter((history) => history !== undefined)
        const entriesOf = (ledger: FixPlanLedger) => histories(ledger).flatMap((history) => history.entries)
        assert.deepEqual(entriesOf(crlf).map(summary), entriesOf(lf).map(summary))
        assert.ok(entriesOf(lf).length > 0)
        for (const history of histories(crlf)) assertSpansConsistent(crlf, history)
        const spanText = (ledger: FixPlanLedger) =>
          entriesOf(ledger).map((entry) => ledger.doc.text.slice(entry.span.start, entry.span.end).replace(/\r\n/g, '\n'))
        assert.deepEqual(spanText(crlf), spanText(lf))
        const fieldsOf = (ledger: FixPlanLedger) => ledger.items.flatMap((item) => item.fields.map((field) => [field.key, field.value, field.line, field.endLine]))
        assert.deepEqual(fieldsOf(crlf), fieldsOf(lf))
        assert.deepEqual(crlf.header.map((field) => field.value), lf.header.map((field) => field.value))
        assert.deepEqual(crlf.warnings.map((warning) => warning.line), lf.warnings.map((warning) => warning.line))
      })
    }
  })
})
