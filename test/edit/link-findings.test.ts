import assert from 'node:assert/strict'
import {planItemFindings, planRowFindings, type FindingLink} from '../../src/edit/link-findings.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {fixtureDocument} from '../ledger/helpers/ledger-files.js'
import {changedRun as changedLines} from '../support/assertions.js'

const link = (id: string, href = `findings.md#${id.toLowerCase()}`): FindingLink => ({id, href})

describe('planItemFindings', () => {
  const doc = fixtureDocument('link/fix-plan-fields.md')
  const ledger = readFixPlan(doc)
  const item = (id: string) => ledger.items.find((candidate) => candidate.id === id)!
  const run = (id: string, links: FindingLink[]) => {
    const plan = planItemFindings(doc, item(id), links)
    const after = applyEdits(doc.text, plan.edits)
    return {plan, after, changed: changedLines(doc.text, after)}
  }

  it('extends an existing `Findings applied:` field at the end of its first line, skipping IDs it already names', () => {
    const {plan, changed} = run('APPLIED-001', [link('FORMAT-001'), link('CONFIG-001')])
    assert.deepEqual(changed, {
      removed: ['- Findings applied: POLICY-001, FORMAT-001'],
      added: ['- Findings applied: POLICY-001, FORMAT-001, [CONFIG-001](findings.md#config-001)'],
    })
    assert.deepEqual([plan.added, plan.present, plan.line], [['CONFIG-001'], ['FORMAT-001'], 5])
  })

  it('changes nothing when every ID is already in the field (a mention in an attempt entry does not count)', () => {
    const {plan, after} = run('APPLIED-001', [link('POLICY-001'), link('FORMAT-001')])
    assert.equal(after, doc.text)
    assert.deepEqual([plan.added, plan.present, plan.line], [[], ['POLICY-001', 'FORMAT-001'], undefined])
  })

  it('adds a field after the last field in that field\u2019s indentation, bullet and bold key', () => {
    const {plan, changed, after} = run('STYLED-001', [link('POLICY-001'), link('DATA-001')])
    assert.deepEqual(changed, {removed: [], added: ['  * **Findings:** [POLICY-001](findings.md#policy-001), [DATA-001](findings.md#data-001)']})
    assert.equal(after.split('\n')[plan.line! - 1], changed.added[0])
    assert.equal(after.split('\n')[plan.line! - 2], '  * **Notes:** trailing blank line above is inside the item.')
  })

  it('replaces a placeholder value such as `—` instead of extending it', () => {
    assert.deepEqual(run('PLACEHOLDER-001', [link('POLICY-001')]).changed, {removed: ['- Findings: —'], added: ['- Findings: [POLICY-001](findings.md#policy-001)']})
  })

  it('keeps a trailing full stop at the end of the list', () => {
    assert.deepEqual(run('FULLSTOP-001', [link('FORMAT-001')]).changed, {removed: ['- Findings: POLICY-001.'], added: ['- Findings: POLICY-001, [FORMAT-001](findings.md#format-001).']})
  })

  it('sees IDs linked on the field\u2019s continuation lines, and fills an empty first line after a space', () => {
    assert.deepEqual(run('NESTED-001', [link('POLICY-001')]).plan.edits, [])
    assert.deepEqual(run('NESTED-001', [link('DATA-001')]).changed, {removed: ['- Findings:'], added: ['- Findings: [DATA-001](findings.md#data-001)']})
  })

  it('gives an item without fields a field under its heading, with a blank line before its paragraph', () => {
    const {changed, plan} = run('BARE-001', [link('POLICY-001')])
    assert.deepEqual(changed, {removed: [], added: ['- Findings: [POLICY-001](findings.md#policy-001)', '']})
    assert.equal(plan.line, 29)
  })

  it('writes new lines with the document\u2019s CRLF endings and leaves every other byte alone', () => {
    const crlf = createDocument('fix_plan.md', doc.text.replace(/\n/g, '\r\n'))
    const styled = readFixPlan(crlf).items.find((candidate) => candidate.id === 'STYLED-001')!
    const after = applyEdits(crlf.text, planItemFindings(crlf, styled, [link('POLICY-001')]).edits)
    assert.equal(after.replace('\r\n  * **Findings:** [POLICY-001](findings.md#policy-001)', ''), crlf.text)
    assert.doesNotMatch(after, /[^\r]\n/)
  })

  it('wraps a link target with spaces in angle brackets', () => {
    const {changed} = run('PLACEHOLDER-001', [link('POLICY-001', '../my docs/findings.md#policy-001')])
    assert.deepEqual(changed.added, ['- Findings: [POLICY-001](<../my docs/findings.md#policy-001>)'])
  })
})

describe('planRowFindings', () => {
  const doc = fixtureDocument('link/plan-rows.md')
  const plan = readPlan(doc)
  const run = (id: string, links: FindingLink[]) => {
    const result = planRowFindings(plan, plan.rows.find((row) => row.id === id)!, links)
    return {result, changed: changedLines(doc.text, applyEdits(doc.text, result.edits))}
  }

  it('fills an empty guidance cell with the clause, padded like its neighbours', () => {
    assert.deepEqual(run('A1', [link('POLICY-001', '../docs/findings.md#policy-001')]).changed.added, ['| A1 | Empty guidance | [ ] | Findings: [POLICY-001](../docs/findings.md#policy-001). |'])
  })

  it('links an ID the cell only mentions in prose, appending the clause after the guidance', () => {
    const {result, changed} = run('A2', [link('POLICY-001'), link('FORMAT-001')])
    assert.deepEqual(changed.added, ['| A2 | Cites in prose | [ ] | See POLICY-001 before starting. Findings: [POLICY-001](findings.md#policy-001), [FORMAT-001](findings.md#format-001). |'])
    assert.deepEqual([result.added, result.present, result.line], [['POLICY-001', 'FORMAT-001'], [], 7])
  })

  it('adds to a trailing Findings clause instead of starting a second one, skipping what it links already', () => {
    const {result, changed} = run('A3', [link('POLICY-001'), link('DATA-001')])
    assert.deepEqual(changed, {
      removed: ['| A3 | Already linked | [x] | Done. Findings: [POLICY-001](../findings.md#policy-001). |'],
      added: ['| A3 | Already linked | [x] | Done. Findings: [POLICY-001](../findings.md#policy-001), [DATA-001](findings.md#data-001). |'],
    })
    assert.deepEqual(result.present, ['POLICY-001'])
  })

  it('escapes a pipe in a link target inside a table cell', () => {
    assert.deepEqual(run('A4', [link('POLICY-001', 'a|b/findings.md#policy-001')]).changed.added, ['| A4 | Pipe in path | [ ] | Guide Findings: [POLICY-001](a\\|b/findings.md#policy-001). |'])
  })

  it('appends to a checklist item\u2019s text, and treats its `Findings applied:` clause as already citing', () => {
    assert.deepEqual(run('B1', [link('POLICY-001')]).changed.added, ['- [ ] B1: Write the checklist item Findings: [POLICY-001](findings.md#policy-001).'])
    assert.deepEqual(run('B2', [link('FORMAT-001')]).result.edits, [])
  })

  it('appends to a wrapped checklist item after its last line, and sees a clause on that line', () => {
    const text = '- [ ] C1: Re-run the audit and\n      filter the positives.\n- [ ] C2: Next.\n'
    const wrapped = readPlan(createDocument('plan.md', text))
    const added = applyEdits(text, planRowFindings(wrapped, wrapped.rows[0], [link('POLICY-001')]).edits)
    assert.equal(added, text.replace('positives.', 'positives. Findings: [POLICY-001](findings.md#policy-001).'))
    const again = readPlan(createDocument('plan.md', added))
    assert.deepEqual(planRowFindings(again, again.rows[0], [link('POLICY-001')]).edits, [])
  })

  it('refuses a table without a guidance column', () => {
    const narrow = readPlan(createDocument('plan.md', '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n'))
    assert.throws(() => planRowFindings(narrow, narrow.rows[0], [link('POLICY-001')]), /Row A1 \(line 3\) has no guidance cell to link findings in/)
  })
})
