import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readPlan} from '../../../src/ledger/plan/plan.js'
import type {PlanLedger} from '../../../src/ledger/model.js'
import {corpusDocument, corpusMarkdownFiles, fixtureDocument, textOf} from '../helpers/ledger-files.js'
import fs from 'node:fs'
import {describeWithCorpus} from '../../support/corpus.js'

const EXPECTED = 'expected one of `[ ]` `[P]` `[x]` `[D]` `[S]`'

function states(plan: PlanLedger) {
  return plan.rows.map((row) => [row.id, row.state?.state, row.state && textOf(plan.doc, row.state.span), row.state?.backticked])
}

describe('readPlan variants', () => {
  describe('state markers (mixed-states.md)', () => {
    const plan = readPlan(fixtureDocument('plan/mixed-states.md'))

    it('reads backticked and plain markers, `[✅]`, `[X]`, `[B]`; spans cover just the brackets', () => {
      assert.deepEqual(states(plan), [
        ['A1', 'done', '[D]', true],
        ['A2', 'done', '[x]', false],
        ['A3', 'done', '[✅]', false],
        ['A4', 'done', '[X]', false],
        ['A5', 'partial', '[P]', true],
        ['A6', 'blocked', '[B]', false],
        ['A7', 'open', '[ ]', true],
        ['A8', 'unknown', '[Q]', false],
        ['A9', 'skipped', '[-]', false],
        ['A10', undefined, undefined, undefined],
        ['A11', undefined, undefined, undefined],
      ])
      assert.deepEqual(
        plan.rows.map((row) => row.state?.marker),
        ['D', 'x', '✅', 'X', 'P', 'B', ' ', 'Q', '-', undefined, undefined],
      )
    })

    it('strips bold and backticks from ID cells', () => {
      assert.deepEqual(plan.rows.slice(0, 2).map((row) => [row.id, row.cells[0].text]), [
        ['A1', '**A1**'],
        ['A2', '`A2`'],
      ])
    })

    it('warns with the position about unknown and missing markers', () => {
      assert.deepEqual(plan.warnings, [
        {path: plan.doc.path, line: 17, message: `Unexpected \`[Q]\` in State cell of A8 (line 17), ${EXPECTED}`},
        {path: plan.doc.path, line: 19, message: `No state marker in State cell of A10 (line 19), ${EXPECTED}`},
        {path: plan.doc.path, line: 20, message: `No state marker in State cell of A11 (line 20), ${EXPECTED}`},
      ])
    })

    it('reads a `✅ COMPLETE` phase heading and plain/bold field lines', () => {
      const [phase] = plan.phases
      assert.deepEqual(
        [phase.id, phase.title, phase.status, phase.goal, phase.prereqs, phase.exitCriteria],
        ['A', 'Reproduction & Baseline', '✅ COMPLETE', 'Reproduce the failure.', 'Dataset on disk.', 'Baseline log captured.'],
      )
      assert.equal(phase.rows.length, 11)
    })
  })

  describe('table without delimiter row (no-delimiter-status.md)', () => {
    const plan = readPlan(fixtureDocument('plan/no-delimiter-status.md'))

    it('finds ID and Status columns by name and keeps the cell count with escaped and code pipes', () => {
      const [table] = plan.tables
      assert.deepEqual(table, {
        headerLine: 3,
        headers: ['ID', 'Task', 'Status', 'How/Why & API Guidance'],
        hasDelimiter: false,
        columns: {id: 0, state: 2, guidance: 3},
      })
      assert.deepEqual(states(plan), [
        ['S1', 'done', '[x]', false],
        ['S2', 'open', '[ ]', false],
        ['S3', 'partial', '[P]', false],
      ])
      assert.deepEqual(
        plan.rows.map((row) => row.cells.map((cell) => cell.text)),
        [
          ['S1', 'Escape a pipe', '[x]', 'Use `a \\| b` and a\\|b escapes.'],
          ['S2', 'Code with pipes', '[ ]', "Run `grep -E 'x|y' file | wc -l` first."],
          ['S3', 'Last one', '[P]', 'Short.'],
        ],
      )
      assert.deepEqual(plan.rows[0].cells.map((cell) => cell.header), table.headers)
    })

    it('skips the section divider row without a warning', () => {
      assert.equal(plan.rows.some((row) => row.line === 6), false)
      assert.deepEqual(plan.warnings, [])
      assert.deepEqual(plan.phases.map((phase) => [phase.id, phase.title, phase.level]), [['1', 'Setup', 2]])
    })
  })

  describe('checklists (checklist-styles.md)', () => {
    const plan = readPlan(fixtureDocument('plan/checklist-styles.md'))

    it('reads checkbox items with IDs only when a digit-bearing token and `:` start the text', () => {
      assert.deepEqual(
        plan.rows.map((row) => [row.kind, row.id, row.state?.state, row.line, row.indent]),
        [
          ['checklist', 'A1', 'done', 4, 0],
          ['checklist', 'S3', 'open', 5, 0],
          ['checklist', undefined, 'open', 6, 0],
          ['checklist', undefined, 'open', 7, 0],
          ['checklist', undefined, 'open', 8, 0],
          ['checklist', 'B1', 'done', 9, 0],
          ['checklist', 'B2', 'partial', 10, 0],
          ['checklist', 'C3.A2', 'done', 11, 2],
          ['checklist', 'DEBUG-SIM-LINES-DOSE-001.C1', 'open', 12, 0],
          ['checklist', 'Q1', 'unknown', 13, 0],
          ['checklist', undefined, 'open', 14, 0],
          ['checklist', 'A1', 'open', 15, 0],
        ],
      )
    })

    it('keeps the item text and spans pointing at the original', () => {
      for (const row of plan.rows) {
        assert.equal(textOf(plan.doc, row.textSpan!), row.text)
        assert.equal(textOf(plan.doc, row.span), plan.doc.lines[row.line - 1].text)
        assert.match(textOf(plan.doc, row.state!.span), /^\[.\]$/u)
        assert.deepEqual(row.cells, [])
        assert.equal(row.phase, 'EB2.A')
      }
      assert.deepEqual(
        plan.rows.slice(2, 5).map((row) => row.text),
        ['**Step 2: Run test**', 'Numbered item without ID', '**Test Case 1:** Reference image shifted.'],
      )
    })

    it('keeps duplicate IDs and warns about an unknown checkbox', () => {
      assert.equal(plan.rows.filter((row) => row.id === 'A1').length, 2)
      assert.deepEqual(plan.warnings.map((warning) => warning.message), [`Unexpected \`[Q]\` in checkbox of Q1 (line 13), ${EXPECTED}`])
      assert.deepEqual(plan.phases.map((phase) => [phase.id, phase.title]), [['EB2.A', 'CLI & Helper Exposure']])
    })
  })

  describe('phase headings and fields (phase-headings.md)', () => {
    const plan = readPlan(fixtureDocument('plan/phase-headings.md'))

    it('reads ids, titles, statuses, and the end of a phase at a same-level heading', () => {
      assert.deepEqual(
        plan.phases.map((phase) => [phase.id, phase.title, phase.level, phase.status, phase.rows.map((row) => row.id)]),
        [
          ['1', 'Discovery', 2, undefined, []],
          ['D1', 'Runtime & Resource Profile', 3, '[x]', ['D1.A']],
          [undefined, 'Final Phase: Deprecation & Cleanup', 3, undefined, ['F1']],
        ],
      )
      assert.deepEqual(
        plan.rows.map((row) => [row.id, row.phase]),
        [
          ['D1.A', 'D1'],
          ['N1', undefined],
          ['F1', 'Final Phase: Deprecation & Cleanup'],
          [undefined, undefined],
        ],
      )
    })

    it('reads a field value from the list under it, across blank lines between list items', () => {
      const [discovery, d1] = plan.phases
      assert.equal(discovery.goal, '- Understand the codebase.\n- Write it down.')
      assert.equal(discovery.prereqs, 'None.')
      assert.equal(d1.goal, 'Measure runtime.')
      assert.equal(d1.exitCriteria, '- Profile written.\n\n- Reviewed.')
    })
  })

  it('reads inline examples of every phase heading form', () => {
    const text = [
      '### Phase D — Regression Hardening & Documentation',
      '### Phase EB2.A — CLI & Helper Exposure',
      '### Phase A: Reproduction & Baseline ✅ COMPLETE',
      '## Phase 1: Setup COMPLETE',
      '### **Phase 2: Integration Testing**',
      '### Phase 2 (Registration) - Complete',
      '### Phase Status:',
      '## Phases & Checklists',
      '## 🎯 **PHASE-BASED IMPLEMENTATION**',
    ].join('\n')
    const plan = readPlan(createDocument('headings.md', text))
    assert.deepEqual(
      plan.phases.map((phase) => [phase.id, phase.title, phase.status]),
      [
        ['D', 'Regression Hardening & Documentation', undefined],
        ['EB2.A', 'CLI & Helper Exposure', undefined],
        ['A', 'Reproduction & Baseline', '✅ COMPLETE'],
        ['1', 'Setup', 'COMPLETE'],
        ['2', 'Integration Testing', undefined],
        ['2', '(Registration)', 'Complete'],
      ],
    )
  })

  it('reads a table whose header says `Status …` and whose ID header is bold, without a guidance column', () => {
    const text = '| **ID** | Status (2025-10) |\n|---|---|\n| X1 | `[x]` |\n'
    const plan = readPlan(createDocument('two-columns.md', text))
    assert.deepEqual(plan.tables[0].columns, {id: 0, state: 1, guidance: undefined})
    assert.deepEqual(states(plan), [['X1', 'done', '[x]', true]])
  })

  it('takes a guidance column by name when the state column comes last', () => {
    const plan = readPlan(createDocument('state-last.md', '| ID | Task | How/Why & Guidance | State |\n| --- | --- | --- | --- |\n| L1 | Do | Why | [P] |\n'))
    assert.deepEqual(plan.tables[0].columns, {id: 0, state: 3, guidance: 2})
    assert.deepEqual(states(plan), [['L1', 'partial', '[P]', false]])
  })

  it('warns once about a task table without a state column and reads its rows', () => {
    const plan = readPlan(createDocument('no-state.md', '| ID | Task | Notes |\n| --- | --- | --- |\n| T1 | Do | - |\n'))
    assert.deepEqual(plan.rows.map((row) => [row.id, row.state]), [['T1', undefined]])
    assert.deepEqual(plan.warnings.map((warning) => warning.line), [1])
  })

  it('merges cells split by an unescaped `|` into the guidance column and says so', () => {
    const text = '| ID | Task | State | How/Why & Guidance |\n| --- | --- | --- | --- |\n| G1 | Norm | [ ] | Keep |x| below 1 |\n'
    const plan = readPlan(createDocument('pipes.md', text))
    const [row] = plan.rows
    assert.deepEqual(row.cells.map((cell) => [cell.header, cell.text]), [
      ['ID', 'G1'],
      ['Task', 'Norm'],
      ['State', '[ ]'],
      ['How/Why & Guidance', 'Keep |x| below 1'],
    ])
    assert.deepEqual(plan.warnings.map((warning) => warning.message), [
      'Row G1 (line 3) has 6 cells but the header has 4; 2 unescaped `|` were read as part of How/Why & Guidance',
    ])
  })

  it('skips rows without an ID with a warning, and tables without an ID column entirely', () => {
    const text = '| ID | State |\n| --- | --- |\n|  | [x] |\n| two words | [ ] |\n\n| Name | State |\n| --- | --- |\n| A1 | [x] |\n'
    const plan = readPlan(createDocument('ids.md', text))
    assert.equal(plan.rows.length, 0)
    assert.equal(plan.tables.length, 1)
    assert.deepEqual(plan.warnings.map((warning) => warning.line), [3, 4])
  })
})

describeWithCorpus('readPlan on the ptychopinn corpus', () => {
  const files = [...corpusMarkdownFiles('ptychopinn/main/plans'), ...corpusMarkdownFiles('ptychopinn/dose_experiments/plans')]

  it('reads every plan file, with spans that slice the text', () => {
    assert.equal(files.length, 18)
    for (const file of files) {
      const plan = readPlan(createDocument(file, fs.readFileSync(file, 'utf8')))
      for (const row of plan.rows) {
        assert.equal(textOf(plan.doc, row.span), plan.doc.lines[row.line - 1].text, file)
        if (row.state) assert.match(textOf(plan.doc, row.state.span), /^\[.*\]$/u, file)
      }
    }
  })

  it('reads the registration phase_1_checklist: backticked `[D]` rows, section dividers skipped', () => {
    const plan = readPlan(corpusDocument('ptychopinn/main/plans/examples/2025-07-registration-refactor/phase_1_checklist.md'))
    const ids = ['0.A', '0.B', '1.A', '1.B', '1.C', '1.D', '1.E', '2.A', '2.B', '2.C', '2.D', '2.E', '2.F', '3.A', '3.B', '3.C', '4.A', '4.B']
    assert.deepEqual(plan.rows.map((row) => row.id), ids)
    assert.ok(plan.rows.every((row) => row.kind === 'table' && row.state?.state === 'done' && row.state.backticked && row.state.marker === 'D'))
    assert.ok(plan.rows.every((row) => textOf(plan.doc, row.state!.span) === '[D]'))
    assert.deepEqual(plan.tables.map((table) => [table.headerLine, table.headers, table.columns]), [
      [12, ['ID', 'Task Description', 'State', 'How/Why & API Guidance'], {id: 0, state: 2, guidance: 3}],
    ])
    assert.deepEqual(plan.warnings, [])
    assert.equal(plan.rows[0].line, 15)
  })

  it('reads the simulation phase_1_checklist: 20 done rows in phase 1', () => {
    const plan = readPlan(corpusDocument('ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_1_checklist.md'))
    assert.equal(plan.rows.length, 20)
    assert.ok(plan.rows.every((row) => row.state?.state === 'done' && row.state.backticked && row.phase === '1'))
    assert.match(plan.phases[0].goal ?? '', /^To refactor `scripts\/simulation\/simulate_and_save.py`/)
  })

  it('reads the `[S]` markers of the simulation phase_2_checklist (optional rows "can be skipped") as skipped, without a warning', () => {
    const plan = readPlan(corpusDocument('ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_2_checklist.md'))
    assert.deepEqual(plan.warnings, [])
    assert.deepEqual(
      plan.rows.filter((row) => row.state?.state === 'skipped').map((row) => [row.id, row.line]),
      [
        ['5.B', 39],
        ['6.B', 42],
      ],
    )
  })

  it('reads the DEBUG-SIM-LINES-DOSE-001 checklist: A1–C2 all done in phases A–C', () => {
    const plan = readPlan(corpusDocument('ptychopinn/dose_experiments/plans/active/DEBUG-SIM-LINES-DOSE-001/implementation.md'))
    assert.deepEqual(
      plan.rows.map((row) => [row.kind, row.id, row.state?.state, row.line, row.phase]),
      [
        ['checklist', 'A1', 'done', 27, 'A'],
        ['checklist', 'A2', 'done', 28, 'A'],
        ['checklist', 'B1', 'done', 31, 'B'],
        ['checklist', 'B2', 'done', 32, 'B'],
        ['checklist', 'C1', 'done', 35, 'C'],
        ['checklist', 'C2', 'done', 36, 'C'],
      ],
    )
    assert.deepEqual(plan.phases.map((phase) => [phase.id, phase.title]), [
      ['A', 'Manifest + Verification'],
      ['B', 'README + Command Blueprint'],
      ['C', 'Artifact Drop'],
    ])
    assert.deepEqual(plan.warnings, [])
  })
})
