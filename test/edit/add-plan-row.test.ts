import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {planAddPlanRow, type NewPlanRow} from '../../src/edit/add-plan-row.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'

function addRow(text: string, row: NewPlanRow) {
  const doc = createDocument('plan.md', text)
  const scan = scanDocument(doc)
  const plan = planAddPlanRow(readPlan(doc, scan), scan, row)
  return {...plan, after: applyEdits(text, plan.edits)}
}

const HEADER = ['| ID | Task Description | State | How/Why & Guidance |', '| --- | --- | --- | --- |']
const twoPhases = [
  '# Plan',
  '',
  '### Phase A — One',
  ...HEADER,
  '| A1 | First | [x] | done |',
  '',
  '### Phase B — Two',
  ...HEADER,
  '| B1 | Second | [ ] | open |',
  '| B2 | Third | [P] | half |',
  '',
  'Tail.',
  '',
]

describe('planAddPlanRow: table plans', () => {
  it('appends an open row to the last phase\u2019s table, cells in column order, the task escaped', () => {
    const {after, line, text, phase} = addRow(twoPhases.join('\n'), {id: 'B3', task: 'a | b'})
    const expected = [...twoPhases.slice(0, 12), '| B3 | a \\| b | [ ] |  |', ...twoPhases.slice(12)]
    assert.equal(after, expected.join('\n'))
    assert.deepEqual([line, text, phase], [13, '| B3 | a \\| b | [ ] |  |', 'B'])
  })

  it('--phase picks the named phase by ID (or `Phase A`), --after inserts right after a row', () => {
    const byPhase = addRow(twoPhases.join('\n'), {id: 'A2', task: 'More', phase: 'Phase A'})
    assert.deepEqual(byPhase.after.split('\n').slice(5, 7), ['| A1 | First | [x] | done |', '| A2 | More | [ ] |  |'])
    const afterRow = addRow(twoPhases.join('\n'), {id: 'B1.5', task: 'Between', after: 'B1'})
    assert.deepEqual(afterRow.after.split('\n').slice(10, 13), ['| B1 | Second | [ ] | open |', '| B1.5 | Between | [ ] |  |', '| B2 | Third | [P] | half |'])
  })

  it('follows the table\u2019s style: no outer pipes and no padding, backticked states, another column order', () => {
    const bare = addRow(['State|ID|Task', '---|---|---', '`[x]`|A1|Done'].join('\n'), {id: 'A2', task: 'Next'})
    assert.equal(bare.after, ['State|ID|Task', '---|---|---', '`[x]`|A1|Done', '`[ ]`|A2|Next'].join('\n'))
    // A task ending in a backslash must not escape the pipe after it.
    assert.equal(addRow(['|ID|Task|State|', '|---|---|---|', '|A1|x|[x]|'].join('\n'), {id: 'A2', task: 'C:\\'}).text, '|A2|C:\\ |[ ]|')
  })

  it('pads cells to the column widths of an aligned table', () => {
    const aligned = ['| ID  | Task        | State | Notes |', '| --- | ----------- | ----- | ----- |', '| A1  | Write tests | [x]   | ok    |', '']
    assert.equal(addRow(aligned.join('\n'), {id: 'A2', task: 'Ship'}).text, '| A2  | Ship        | [ ]   |       |')
  })

  it('fills an empty table right under its delimiter row, keeping CRLF endings', () => {
    const text = ['### Phase A — New', ...HEADER, '', 'After.', ''].join('\r\n')
    assert.equal(addRow(text, {id: 'A1', task: 'Start'}).after, ['### Phase A — New', ...HEADER, '| A1 | Start | [ ] |  |', '', 'After.', ''].join('\r\n'))
  })

  it('refuses a duplicate row ID, an unknown --after row and an unknown --phase, each with a hint', () => {
    const text = twoPhases.join('\n')
    const refused = (row: NewPlanRow, message: RegExp, hint: RegExp) =>
      assert.throws(() => addRow(text, row), (error: unknown) => error instanceof UserError && message.test(error.message) && hint.test(error.hint ?? ''))
    refused({id: 'b2', task: 'x'}, /^Row B2 already exists in plan\.md \(line 12\)$/, /unused/)
    refused({id: 'B9', task: 'x', after: 'B3'}, /^No row `B3` in plan\.md for --after$/, /did you mean/)
    refused({id: 'B9', task: 'x', phase: 'C'}, /^No phase `C` in plan\.md$/, /phases: A, B|did you mean/)
  })
})

describe('planAddPlanRow: checklist plans', () => {
  const checklist = ['### Phase S — Steps', '- [x] **S1**: Done thing', '  - nested note', '- [ ] **S2**: Open thing', '', 'Tail.', '']

  it('writes a checklist line like the last top-level item (bullet, empty box, ID markup), after its nested lines', () => {
    const {after, text} = addRow(checklist.join('\n'), {id: 'S3', task: 'Next thing'})
    assert.equal(text, '- [ ] **S3**: Next thing')
    assert.equal(after, [...checklist.slice(0, 4), '- [ ] **S3**: Next thing', ...checklist.slice(4)].join('\n'))
    const between = addRow(checklist.join('\n'), {id: 'S1b', task: 'Between', after: 'S1'})
    assert.deepEqual(between.after.split('\n').slice(1, 4), ['- [x] **S1**: Done thing', '  - nested note', '- [ ] **S1b**: Between'])
  })

  it('follows each item style of a real-world checklist fixture when inserting after it', () => {
    const text = readFileSync(new URL('../fixtures/plan/checklist-styles.md', import.meta.url), 'utf8')
    const after = (id: string) => addRow(text, {id: 'NEW1', task: 'New', after: id}).text
    assert.equal(after('A1'), '- [ ] NEW1: New')
    assert.equal(after('B1'), '- [ ] **NEW1:** New')
    assert.equal(after('B2'), '- [ ] **NEW1**: New')
    assert.equal(after('C3.A2'), '  - [ ] NEW1: New')
  })

  it('counts a numbered list on, and writes `ID: task` after items without an ID', () => {
    assert.equal(addRow('1. [x] A1: one\n2. [ ] A2: two\n', {id: 'A3', task: 'three'}).text, '3. [ ] A3: three')
    assert.equal(addRow('- [ ] first step\n', {id: 'S2', task: 'second'}).text, '- [ ] S2: second')
  })
})

describe('planAddPlanRow: a phase without tasks yet', () => {
  it('gives it a first checklist item after its last line, a blank line after a paragraph', () => {
    const text = ['# Plan', '', '### Phase A — First steps', 'Goal: start', '', '### Phase B — Later', 'Goal: later', ''].join('\n')
    const {after, line} = addRow(text, {id: 'A1', task: 'Begin', phase: 'A'})
    assert.equal(after, ['# Plan', '', '### Phase A — First steps', 'Goal: start', '', '- [ ] A1: Begin', '', '### Phase B — Later', 'Goal: later', ''].join('\n'))
    assert.equal(line, 6)
    assert.equal(addRow(text, {id: 'B1', task: 'Then'}).after, text + '\n- [ ] B1: Then\n')
  })

  it('refuses a file with no phase, table or checklist', () => {
    assert.throws(() => addRow('# Notes\n\nProse only.\n', {id: 'A1', task: 'x'}), /^UserError: No phase, task table or checklist in plan\.md to add a row to$/)
  })
})
