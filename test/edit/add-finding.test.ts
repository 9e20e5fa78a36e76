import assert from 'node:assert/strict'
import {planAddFinding, type NewFinding} from '../../src/edit/add-finding.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {fixtureDocument} from '../ledger/helpers/ledger-files.js'

const finding = (overrides: Partial<NewFinding> = {}): NewFinding => ({id: 'NEW-001', synopsis: 'Learnt something.', status: 'Active', date: '2025-10-20', ...overrides})

function add(text: string, overrides: Partial<NewFinding> = {}) {
  const ledger = readFindings(createDocument('findings.md', text))
  const plan = planAddFinding(ledger, finding(overrides))
  return {plan, after: applyEdits(text, plan.edits)}
}

describe('planAddFinding', () => {
  /** The own scenario's findings ledger: a title, a blank line, and a six-column table of three findings. */
  const ledger = fixtureDocument('scenario/docs/findings.md').text

  it('appends one row after the table\u2019s last row, cells in column order, pipes escaped', () => {
    const {plan, after} = add(ledger, {synopsis: 'a | b', keywords: 'runtime, ci', evidence: '[Link](x.md)'})
    const row = '| NEW-001 | 2025-10-20 | runtime, ci | a \\| b | [Link](x.md) | Active |'
    const lines = ledger.split('\n')
    assert.deepEqual(after.split('\n'), [...lines.slice(0, 7), row, ...lines.slice(7)])
    assert.deepEqual([plan.line, plan.text], [8, row])
  })

  it('leaves columns it has no value for empty', () => {
    assert.equal(add(ledger).plan.text, '| NEW-001 | 2025-10-20 |  | Learnt something. |  | Active |')
  })

  it('follows a table written without outer pipes or padding, and never appends to a second table', () => {
    const text = fixtureDocument('link/findings-variants.md').text
    const {plan, after} = add(text, {id: 'NEW-7'})
    assert.equal(plan.text, 'NEW-7|2025-10-20|Learnt something.')
    assert.equal(after, text.replace('DATA-001|2025-10-16|NPZ contract.\n', 'DATA-001|2025-10-16|NPZ contract.\nNEW-7|2025-10-20|Learnt something.\n'))
  })

  it('writes the first row of an empty table after its delimiter, with the document\u2019s CRLF', () => {
    const text = '# F\r\n\r\n| Finding ID | Synopsis |\r\n| --- | --- |\r\n\r\nAfter.\r\n'
    assert.equal(add(text).after, '# F\r\n\r\n| Finding ID | Synopsis |\r\n| --- | --- |\r\n| NEW-001 | Learnt something. |\r\n\r\nAfter.\r\n')
  })

  it('refuses a duplicate ID, whether it is a table row or a heading, naming its line', () => {
    assert.throws(() => add(ledger, {id: 'POLICY-001'}), (error: Error & {line?: number}) => error.message === 'Finding POLICY-001 already exists in findings.md (line 5)' && error.line === 5)
    const text = fixtureDocument('link/findings-variants.md').text
    assert.throws(() => add(text, {id: 'PROBE-MASK-DEFAULT-001'}), /Finding PROBE-MASK-DEFAULT-001 already exists in findings\.md \(line 14\)/)
  })

  it('refuses an ID not shaped like WORD-NNN, saying the expected shape', () => {
    for (const id of ['new-001', 'NEW001', 'NEW-', '1-001', 'NEW-001a']) {
      assert.throws(() => add(ledger, {id}), /expected WORD-NNN such as `POLICY-001`/, id)
    }
  })

  it('refuses a missing synopsis, a line break in any value, and a date not shaped YYYY-MM-DD', () => {
    assert.throws(() => add(ledger, {synopsis: undefined}), /No --synopsis for NEW-001/)
    assert.throws(() => add(ledger, {synopsis: '  '}), /No --synopsis/)
    assert.throws(() => add(ledger, {keywords: 'a\nb'}), /Unexpected line break \(U\+000A\) in --keywords at character 2, expected one line/)
    assert.throws(() => add(ledger, {date: '20/10/2025'}), /Unexpected --date `20\/10\/2025`, expected YYYY-MM-DD/)
  })

  it('refuses a ledger without a findings table, with a hint showing one', () => {
    assert.throws(() => add('# Findings\n\n## POLICY-001 - Heading only\n'), (error: Error & {hint?: string}) => /No findings table in findings\.md/.test(error.message) && /\| Finding ID \|/.test(error.hint ?? ''))
  })

  it('refuses a value the table has no column for rather than dropping it', () => {
    assert.throws(() => add('| Finding ID | Synopsis |\n| --- | --- |\n| A-001 | x |\n', {keywords: 'k'}), /no `keywords` or `keyword` column for --keywords/)
  })
})
