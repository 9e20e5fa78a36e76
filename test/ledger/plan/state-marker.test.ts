import assert from 'node:assert/strict'
import {parsePhaseHeading} from '../../../src/ledger/plan/phase-heading.js'
import {checklistIdOf, isTableRowId, stripIdMarkup} from '../../../src/ledger/plan/row-id.js'
import {createDocument} from '../../../src/ledger/document.js'
import {readPlan} from '../../../src/ledger/plan/plan.js'
import {BUILT_IN_VOCABULARY, EXPECTED_STATE_MARKERS, findCellStateMarker, stateOfMarker, stateVocabularyOf} from '../../../src/ledger/plan/state-marker.js'

describe('state markers', () => {
  it('maps the vocabulary to states', () => {
    const cases: Array<[string, string]> = [
      [' ', 'open'],
      ['P', 'partial'],
      ['x', 'done'],
      ['X', 'done'],
      ['D', 'done'],
      ['✅', 'done'],
      ['B', 'blocked'],
      ['-', 'skipped'],
      ['S', 'skipped'],
      ['SKIP', 'skipped'],
      ['SKIPPED', 'unknown'],
      ['', 'unknown'],
      ['  ', 'unknown'],
    ]
    assert.deepEqual(cases.map(([marker]) => [marker, stateOfMarker(marker)]), cases)
  })

  it('finds the marker in a cell, inside backticks, with an offset into the document', () => {
    assert.deepEqual(findCellStateMarker('`[D]`', 100), {marker: 'D', state: 'done', backticked: true, span: {start: 101, end: 104}})
    assert.deepEqual(findCellStateMarker('[ ] (reopened)', 10), {marker: ' ', state: 'open', backticked: false, span: {start: 10, end: 13}})
    assert.deepEqual(findCellStateMarker('✅ [x]', 0)?.span, {start: 2, end: 5})
  })

  it('does not take link text or long brackets for a marker', () => {
    assert.equal(findCellStateMarker('[A1](#a1)', 0), undefined)
    assert.equal(findCellStateMarker('[blocked by infra]', 0), undefined)
    assert.equal(findCellStateMarker('Done', 0), undefined)
    assert.equal(findCellStateMarker('', 0), undefined)
  })
})

describe('row IDs', () => {
  it('strips bold, backticks and links', () => {
    assert.deepEqual(['**A1**', '`D1.A`', ' __C2__ ', '[EB2.A1](#eb2)', '**`X1`**'].map(stripIdMarkup), ['A1', 'D1.A', 'C2', 'EB2.A1', 'X1'])
  })

  it('accepts one-token table IDs only', () => {
    assert.deepEqual(['A1', '0.A', 'D1.A–C', '', 'two words', '**Section 0: Prep**', '-'].map(isTableRowId), [true, true, true, false, false, false, false])
  })

  it('takes a checklist ID only when a digit-bearing token without spaces is followed by `:`', () => {
    const ids = [
      'A1: Implemented',
      '**A1:** Bold',
      '**A1**: Bold',
      '`S3`: code',
      'C3.A2: dotted',
      'DEBUG-SIM-LINES-DOSE-001.C1: long',
      '**Step 2: Run test**',
      '**Test Case 1:** x',
      'Step: no digit',
      'A1 without colon',
      'A1:no space',
      'https://example.com/a1',
    ].map((text) => checklistIdOf(text)?.id)
    assert.deepEqual(ids, ['A1', 'A1', 'A1', 'S3', 'C3.A2', 'DEBUG-SIM-LINES-DOSE-001.C1', undefined, undefined, undefined, undefined, undefined, undefined])
    assert.deepEqual(checklistIdOf('**B1:** x'), {id: 'B1', start: 2, end: 4})
  })
})

describe('bold checklist IDs', () => {
  it('takes a bold digit-bearing token as the ID without a colon, and a number opening a bold title', () => {
    const ids = [
      '**P1.1** Implement the config',
      '**T-300**: Fix linting',
      '__CR-01__ underscores',
      '**`X2`** code',
      '**1. Kill Switch**: Implement it',
      '**12: Wire up** the rest',
      '**P1.1**Implement (no space)',
      '**Bold prose** with no digit',
      '**2 files** need review',
      '**1.** bare number',
      '**P1.1 unclosed',
    ].map((text) => checklistIdOf(text)?.id)
    assert.deepEqual(ids, ['P1.1', 'T-300', 'CR-01', 'X2', '1', '12', undefined, undefined, undefined, undefined, undefined])
    assert.deepEqual(checklistIdOf('**P1.1** x'), {id: 'P1.1', start: 2, end: 6})
  })
})

describe('phase headings', () => {
  it('reads ids, titles and trailing statuses', () => {
    const read = (text: string) => {
      const phase = parsePhaseHeading(text)
      return phase && [phase.id, phase.title, phase.status]
    }
    assert.deepEqual(read('Phase D — Regression Hardening & Documentation'), ['D', 'Regression Hardening & Documentation', undefined])
    assert.deepEqual(read('Phase EB2.A — CLI & Helper Exposure'), ['EB2.A', 'CLI & Helper Exposure', undefined])
    assert.deepEqual(read('Phase A: Reproduction & Baseline ✅ COMPLETE'), ['A', 'Reproduction & Baseline', '✅ COMPLETE'])
    assert.deepEqual(read('Phase 1: Setup [x]'), ['1', 'Setup', '[x]'])
    assert.deepEqual(read('Phase B — Parsing (DONE)'), ['B', 'Parsing', '(DONE)'])
    assert.deepEqual(read('Phase C: Review ✅'), ['C', 'Review', '✅'])
    assert.deepEqual(read('Phase C: Open questions'), ['C', 'Open questions', undefined])
    assert.deepEqual(read('📋 **Phase 3: Validation**'), ['3', 'Validation', undefined])
    assert.deepEqual(read('Final Phase: Cleanup'), [undefined, 'Final Phase: Cleanup', undefined])
  })

  it('finds the word in any case, even split by bold marks or spelt with a long s (as the Unicode regexes do)', () => {
    const read = (text: string) => {
      const phase = parsePhaseHeading(text)
      return phase && [phase.id, phase.title]
    }
    assert.deepEqual(read('PHASE D1 — Runtime'), ['D1', 'Runtime'])
    assert.deepEqual(read('phase 2: Tests'), ['2', 'Tests'])
    assert.deepEqual(read('Pha**se** B: Parsing'), ['B', 'Parsing'])
    assert.deepEqual(read('Phaſe C: Review'), ['C', 'Review'])
    assert.equal(read('Phrase C: Review'), undefined)
  })

  it('ignores headings that only mention phases', () => {
    for (const text of ['Phase Status:', 'Phases & Checklists', 'PHASE-BASED IMPLEMENTATION', 'Phase Goal', 'Implementation Phases', 'Phase overview', '']) {
      assert.equal(parsePhaseHeading(text), undefined, text)
    }
  })
})

describe('state vocabularies from .planledger.json', () => {
  it('adds configured markers after the built-in ones, which keep their meaning', () => {
    const vocabulary = stateVocabularyOf({partial: ['~', 'WIP'], done: '✓', blocked: ['x']})
    assert.deepEqual(['~', 'WIP', '✓', 'x', 'P', ' ', 'Q'].map((marker) => vocabulary.stateOf(marker)), ['partial', 'partial', 'done', 'done', 'partial', 'open', 'unknown'])
    assert.equal(vocabulary.expected, `${EXPECTED_STATE_MARKERS} \`[~]\` \`[WIP]\``)
    assert.equal(stateVocabularyOf({}), BUILT_IN_VOCABULARY)
  })

  it('reads plan rows with it: no warning for a configured marker, the longer list in the warning for others', () => {
    const text = '| ID | State |\n| --- | --- |\n| A1 | [~] |\n| A2 | [Q] |\n- [~] B1: checklist item\n'
    const builtIn = readPlan(createDocument('plan.md', text))
    assert.deepEqual(builtIn.rows.map((row) => row.state?.state), ['unknown', 'unknown', 'unknown'])
    const configured = readPlan(createDocument('plan.md', text), undefined, stateVocabularyOf({partial: '~'}))
    assert.deepEqual(configured.rows.map((row) => [row.id, row.state?.state]), [['A1', 'partial'], ['A2', 'unknown'], ['B1', 'partial']])
    assert.deepEqual(configured.warnings.map((warning) => warning.message), [`Unexpected \`[Q]\` in State cell of A2 (line 4), expected one of ${EXPECTED_STATE_MARKERS} \`[~]\``])
  })
})
