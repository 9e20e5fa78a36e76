import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanLedger, Span} from '../../../src/ledger/model.js'
import {corpusPath, describeWithCorpus} from '../../support/corpus.js'

describeWithCorpus('readFixPlan on the seed scenario fix plan', () => {
  const seedPath = corpusPath('seed-scenario/docs/fix_plan.md')
  let ledger: FixPlanLedger
  const slice = (span: Span | undefined) => (span ? ledger.doc.text.slice(span.start, span.end) : undefined)

  before(() => {
    ledger = readFixPlan(createDocument(seedPath, readFileSync(seedPath, 'utf8')))
  })

  it('reads the bold header fields with spans on their values', () => {
    assert.deepEqual(
      ledger.header.map((field) => [field.key, field.value, field.line, slice(field.valueSpan)]),
      [
        ['Last Updated', '2025-10-19', 3, '2025-10-19'],
        ['Active Focus', 'TEST-PYTORCH-001 — Phase D regression hardening [in_progress]', 4, 'TEST-PYTORCH-001 — Phase D regression hardening [in_progress]'],
      ],
    )
  })

  it('reads the index table: anchor-link IDs, priority and status cells by column name', () => {
    assert.deepEqual(
      ledger.index.map((entry) => [entry.id, entry.kind, entry.line, entry.title, entry.priority, entry.status]),
      [
        ['TEST-PYTORCH-001', 'table', 14, 'Author PyTorch integration workflow regression', 'High', 'in_progress'],
        ['INTEGRATE-PYTORCH-001', 'table', 15, 'PyTorch backend integration', 'High', 'done'],
        ['DATA-LOADER-002', 'table', 16, 'Legacy NPZ transpose guard', 'Medium', 'pending'],
      ],
    )
    for (const entry of ledger.index) {
      assert.equal(slice(entry.statusSpan), entry.status)
      assert.equal(slice(entry.prioritySpan), entry.priority)
      assert.equal(slice(entry.span), ledger.doc.lines[entry.line - 1].text)
    }
  })

  it('finds the three items with their titles and extents', () => {
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.title, item.line, item.endLine, item.level]),
      [
        ['TEST-PYTORCH-001', 'Author PyTorch integration workflow regression', 18, 34, 2],
        ['INTEGRATE-PYTORCH-001', 'PyTorch backend integration', 35, 43, 2],
        ['DATA-LOADER-002', 'Legacy NPZ transpose guard', 44, 51, 2],
      ],
    )
    assert.ok(slice(ledger.items[0].span)!.startsWith('## [TEST-PYTORCH-001]'))
  })

  it('reads every field of every item', () => {
    const fields = (at: number) => ledger.items[at].fields.map((field) => [field.key, field.value, field.line, field.endLine])
    assert.deepEqual(fields(0), [
      ['Depends on', 'INTEGRATE-PYTORCH-001', 19, 19],
      ['Priority', 'High', 20, 20],
      ['Status', 'in_progress', 21, 21],
      ['Owner/Date', 'Codex Agent/2025-10-19', 22, 22],
      ['Working Plan', '`plans/active/TEST-PYTORCH-001/implementation.md`', 23, 23],
      ['Reproduction', '`CUDA_VISIBLE_DEVICES="" pytest tests/torch/test_integration_workflow_torch.py::test_run_pytorch_train_save_load_infer -vv`', 24, 24],
      ['Attempts History', '', 25, 30],
      ['Exit Criteria', '', 31, 33],
    ])
    assert.deepEqual(fields(1), [
      ['Depends on', '—', 36, 36],
      ['Priority', 'High', 37, 37],
      ['Status', 'done', 38, 38],
      ['Owner/Date', 'Codex Agent/2025-10-17', 39, 39],
      ['Working Plan', '`plans/active/INTEGRATE-PYTORCH-001/implementation.md`', 40, 40],
      ['Attempts History', '', 41, 42],
    ])
    assert.deepEqual(fields(2), [
      ['Depends on', '—', 45, 45],
      ['Priority', 'Medium', 46, 46],
      ['Status', 'pending', 47, 47],
      ['Owner/Date', '—', 48, 48],
      ['Notes', 'Track auto-transpose heuristic per FORMAT-001; add a regression test for (H,W,N) inputs.', 49, 49],
      ['Attempts History', '', 50, 51],
    ])
    for (const item of ledger.items) {
      for (const field of item.fields) {
        assert.equal(slice(field.keySpan), field.key)
        assert.equal(slice(field.valueSpan), field.value)
        assert.equal(field.indent, 0)
      }
    }
    const status = ledger.items[0].fields[2]
    assert.equal(slice(status.span), '- Status: in_progress')
    const exit = ledger.items[0].fields[7]
    assert.equal(slice(exit.span), ledger.doc.lines.slice(30, 33).map((line) => line.text).join('\n'))
  })

  it('reads TEST-PYTORCH-001 attempts #0, #1, #6, #7 with the continuation line of #7', () => {
    const history = ledger.items[0].attempts!
    assert.equal(history.kind, 'field')
    assert.equal(history.line, 25)
    assert.equal(history.placeholder, undefined)
    assert.deepEqual(
      history.entries.map((entry) => [entry.number, entry.date, entry.style, entry.separator, entry.dateInBrackets, entry.bullet, entry.line, entry.endLine]),
      [
        [0, '2025-10-19', 'bracket-date-number', '—', true, '*', 26, 26],
        [1, '2025-10-19', 'bracket-date-number', '—', true, '*', 27, 27],
        [6, '2025-10-19', 'bracket-date-number', '—', true, '*', 28, 28],
        [7, '2025-10-19', 'bracket-date-number', '—', true, '*', 29, 30],
      ],
    )
    const last = history.entries[3]
    assert.equal(last.indent, 2)
    assert.equal(last.contentColumn, 4)
    assert.ok(last.text.startsWith('Phase C3 artifact audit; rerun 35.98s.'))
    assert.equal(slice(last.textSpan), last.text)
    assert.ok(slice(last.span)!.endsWith('Next Actions: Phase D1 runtime profile; D2 ledger/doc alignment.'))
    assert.equal(history.entries[0].text, 'Planning: Authored phased plan (`plans/active/TEST-PYTORCH-001/implementation.md`) covering baseline, fixture, pytest modernization and hardening.')
  })

  it('reads INTEGRATE-PYTORCH-001 attempt #40', () => {
    const history = ledger.items[1].attempts!
    assert.deepEqual(
      history.entries.map((entry) => [entry.number, entry.date, entry.style, entry.line, entry.endLine, entry.text]),
      [[40, '2025-10-17', 'bracket-date-number', 42, 42, 'Lightning integration GREEN; CLI contract documented. Findings: POLICY-001.']],
    )
  })

  it('reads the DATA-LOADER-002 placeholder as no entries', () => {
    const history = ledger.items[2].attempts!
    assert.deepEqual(history.entries, [])
    assert.equal(history.placeholder?.line, 51)
    assert.equal(slice(history.placeholder?.span), '  * (none yet)')
  })

  it('has no file-level history and nothing to warn about', () => {
    assert.equal(ledger.attempts, undefined)
    assert.deepEqual(ledger.warnings, [])
  })
})
