import assert from 'node:assert/strict'
import {readFindings} from '../../../src/ledger/findings/findings.js'
import {corpusDocument, fixtureDocument, textOf} from '../helpers/ledger-files.js'
import {describeWithCorpus, itWithCorpus} from '../../support/corpus.js'

describe('readFindings', () => {
  describeWithCorpus('the seed findings ledger', () => {
    const ledger = readFindings(corpusDocument('seed-scenario/docs/findings.md'))

    it('reads all seven findings in order with their Date and Status', () => {
      assert.deepEqual(
        ledger.findings.map((finding) => [finding.id, finding.line, finding.columns.Date, finding.columns.Status, finding.source, finding.table]),
        [
          ['CONFIG-001', 7, '2025-10-16', 'Active', 'table', 0],
          ['DATA-001', 8, '2025-10-16', 'Active', 'table', 0],
          ['BUG-TF-001', 9, '2025-10-16', 'Active', 'table', 0],
          ['NORMALIZATION-001', 10, '2025-10-16', 'Active', 'table', 0],
          ['POLICY-001', 11, '2025-10-17', 'Active', 'table', 0],
          ['FORMAT-001', 12, '2025-10-17', 'Active', 'table', 0],
          ['OVERSAMPLING-001', 13, '2025-10-16', 'Active', 'table', 0],
        ],
      )
      assert.deepEqual(ledger.tables, [
        {headerLine: 5, headers: ['Finding ID', 'Date', 'Keywords', 'Synopsis', 'Evidence Pointer', 'Status'], hasDelimiter: true, idColumn: 0},
      ])
      assert.deepEqual(ledger.warnings, [])
    })

    it('keeps every column as trimmed raw text and spans the whole row line', () => {
      const format = ledger.findings.find((finding) => finding.id === 'FORMAT-001')!
      assert.deepEqual(Object.keys(format.columns), ['Finding ID', 'Date', 'Keywords', 'Synopsis', 'Evidence Pointer', 'Status'])
      assert.equal(format.columns.Keywords, 'data-contract, npz, legacy-format, transpose')
      assert.equal(format.columns['Evidence Pointer'], '[Link](../docs/plans/INTEGRATE-PYTORCH-001/reports/2025-10-17T230724Z/callchain/summary.md)')
      assert.match(format.columns.Synopsis, /^Some NPZ datasets use legacy \(H,W,N\).*at runtime\.$/)
      assert.equal(textOf(ledger.doc, format.span), ledger.doc.lines[11].text)
    })
  })

  describeWithCorpus('the real PtychoPINN main findings ledger (210 KB)', () => {
    const started = performance.now()
    const ledger = readFindings(corpusDocument('ptychopinn/main/docs/findings.md'))
    const elapsed = performance.now() - started
    const tableFindings = ledger.findings.filter((finding) => finding.source === 'table')
    const headingFindings = ledger.findings.filter((finding) => finding.source === 'heading')

    it('reads the delimiter-less Finding ID table and ignores the other tables', () => {
      // The file has four tables; only the first has a `Finding ID` column.
      assert.deepEqual(ledger.tables, [
        {headerLine: 5, headers: ['Finding ID', 'Date', 'Keywords', 'Synopsis', 'Evidence Pointer', 'Status'], hasDelimiter: false, idColumn: 0},
      ])
      assert.equal(tableFindings.length, 98)
      assert.deepEqual([tableFindings[0].id, tableFindings[0].line], ['CI-ABSOLUTE-SCALE-CONTRACT-001', 6])
      assert.deepEqual([tableFindings[97].id, tableFindings[97].line], ['SYNTH-POISSON-DOSE-001', 103])
      assert.ok(tableFindings.every((finding) => finding.table === 0 && Object.keys(finding.columns).length === 6))
    })

    it('reads findings written as sections', () => {
      assert.equal(headingFindings.length, 21)
      const [first] = headingFindings
      assert.deepEqual([first.id, first.line, first.columns], ['PROBE-MASK-DEFAULT-001', 105, {Title: 'Torch Probe Mask Default Caused Hybrid Metric Regression'}])
      assert.deepEqual(headingFindings.map((finding) => finding.id).slice(-2), ['DOCS-CONSISTENCY-001', 'TF-LOADER-COORDS-001'])
    })

    it('keeps both entries of an ID that has a table row and a section', () => {
      assert.deepEqual(
        ledger.findings.filter((finding) => finding.id === 'DATA-002').map((finding) => [finding.source, finding.line]),
        [
          ['table', 89],
          ['heading', 129],
        ],
      )
    })

    it('keeps a 10,000-character row intact, including `|δ_final|` written without escapes', () => {
      const longest = ledger.findings.find((finding) => finding.id === 'TORCH-N128-FLAT-AMP-001')!
      const {Synopsis, Status} = longest.columns
      assert.ok(Synopsis.length > 10_000)
      assert.ok(Synopsis.startsWith('The proven rect+real_imag+poisson count recipe collapses to flat amplitude at N=128'))
      assert.ok(Synopsis.includes('(|δ_final| ≤ 0.016)'))
      assert.ok(Synopsis.endsWith('Cross-refs: RECT-MAE-UNITS-001, POISSON-SCALE-001, TORCH-GS2-CENTRAL-MASK-MERGE-001.'))
      assert.ok(longest.columns['Evidence Pointer'].startsWith('`.artifacts/varpro_ablation/c3_lines128/'))
      assert.equal(Status, 'Active')
      assert.deepEqual(
        ledger.warnings.map((warning) => warning.message),
        [
          'Finding STABLE-GAMMA-001 (line 67) has 8 cells but the header has 6; 2 unescaped `|` were read as part of Synopsis',
          'Finding TORCH-N128-FLAT-AMP-001 (line 100) has 10 cells but the header has 6; 4 unescaped `|` were read as part of Synopsis',
        ],
      )
    })

    it('keeps a 4,000-character row with code spans intact', () => {
      const merge = ledger.findings.find((finding) => finding.id === 'TORCH-GS2-CENTRAL-MASK-MERGE-001')!
      const line = ledger.doc.lines[merge.line - 1].text
      assert.ok(merge.columns.Synopsis.length > 4000)
      assert.ok(line.includes(` | ${merge.columns.Synopsis} | ${merge.columns['Evidence Pointer']} | ${merge.columns.Status} |`))
    })

    it('reads the file in well under a second', () => {
      assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`)
    })
  })

  describe('a fixture with two tables, escaped pipes and heading findings', () => {
    const ledger = readFindings(fixtureDocument('findings/two-tables.md'))

    it('reads both Finding ID tables (header in any case and bold) and the headings', () => {
      assert.deepEqual(
        ledger.findings.map((finding) => [finding.id, finding.line, finding.source, finding.table]),
        [
          ['POLICY-001', 5, 'table', 0],
          ['FORMAT-001', 6, 'table', 0],
          ['CONFIG-001', 17, 'table', 1],
          ['POLICY-001', 18, 'table', 1],
          ['CONFIG-001', 20, 'heading', undefined],
          ['DATA-002', 23, 'heading', undefined],
        ],
      )
      assert.deepEqual(ledger.tables.map((table) => [table.headerLine, table.headers[0], table.hasDelimiter]), [
        [3, 'Finding ID', true],
        [16, 'finding id', false],
      ])
    })

    it('keeps escaped and code-span pipes inside the Synopsis', () => {
      const [policy] = ledger.findings
      assert.deepEqual(policy.columns, {
        'Finding ID': 'POLICY-001',
        Date: '2025-10-17',
        Synopsis: 'Use `a \\| b` and `x|y` in code; escaped \\| pipe stays.',
        Status: 'Active',
      })
      assert.equal(ledger.findings[1].columns['Finding ID'], '`FORMAT-001`')
      assert.equal(ledger.findings[2].columns.Synopsis, 'Second table, no delimiter row, value |x| is absolute.')
      assert.equal(ledger.findings[3].columns.Status, 'Superseded (POLICY-002)')
      assert.deepEqual(ledger.findings.slice(4).map((finding) => finding.columns), [{Title: 'Params must be initialised first'}, {Title: 'Bracketed heading finding'}])
    })

    it('skips rows without an ID-shaped cell with a warning', () => {
      assert.deepEqual(
        ledger.warnings.map((warning) => [warning.line, warning.message]),
        [
          [7, 'Row at line 7 has an empty Finding ID cell, not a finding ID; skipped'],
          [8, 'Row at line 8 has `see above` in the Finding ID cell, not a finding ID; skipped'],
          [17, 'Finding CONFIG-001 (line 17) has 6 cells but the header has 4; 2 unescaped `|` were read as part of Synopsis'],
        ],
      )
    })
  })

  itWithCorpus('reads a findings file without findings', () => {
    const ledger = readFindings(corpusDocument('ptychopinn/dose_experiments/docs/findings.md'))
    assert.deepEqual([ledger.findings, ledger.tables, ledger.warnings], [[], [], []])
  })
})
