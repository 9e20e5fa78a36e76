import assert from 'node:assert/strict'
import fc from 'fast-check'
import {planAddPlanRow} from '../../src/edit/add-plan-row.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'

/** Task text as people type it: words, pipes, inline code, emoji, markup. */
const taskText = fc
  .array(fc.constantFrom('Parse', 'logs', 'a|b', '`x|y`', '✅', '**bold**', '[link](x.md)', '§6', '\\', '<br>'), {minLength: 1, maxLength: 5})
  .map((parts) => parts.join(' '))

const plan = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    table: fc.boolean(),
    rows: fc.integer({min: 0, max: 5}),
    pad: fc.constantFrom(' ', ''),
    tail: fc.constantFrom('', 'after the tasks'),
  })
  .map(({eol, table, rows, pad, tail}) => {
    const lines = ['# Plan', '', '### Phase D1 — Runtime', 'Goal: generated.', '']
    if (table) lines.push(`|${pad}ID${pad}|${pad}Task${pad}|${pad}State${pad}|${pad}Notes${pad}|`, '|---|---|---|---|')
    for (let at = 0; at < rows; at++) lines.push(table ? `|${pad}D1.${at}${pad}|${pad}task ${at}${pad}|${pad}[x]${pad}|${pad}n${pad}|` : `- [x] D1.${at}: task ${at}`)
    lines.push('', tail)
    return lines.join(eol) + eol
  })

describe('planAddPlanRow on generated plans (property)', () => {
  it('only inserts: the new row reads back open, with its ID, once; every other row is unchanged', () => {
    fc.assert(
      fc.property(plan, taskText, (text, task) => {
        const doc = createDocument('plan.md', text)
        const scan = scanDocument(doc)
        const before = readPlan(doc, scan)
        const result = planAddPlanRow(before, scan, {id: 'N1', task})
        assert.equal(result.edits.length, 1)
        const [edit] = result.edits
        assert.equal(edit.start, edit.end, 'a pure insertion')
        const after = readPlan(createDocument('plan.md', applyEdits(text, result.edits)))
        const added = after.rows.filter((row) => row.id === 'N1')
        assert.equal(added.length, 1)
        assert.equal(added[0].state?.state, 'open')
        assert.equal(added[0].line, result.line)
        assert.deepEqual(after.rows.filter((row) => row.id !== 'N1').map((row) => [row.id, row.state?.marker]), before.rows.map((row) => [row.id, row.state?.marker]))
        assert.ok(!/[^\r]\n/.test(edit.text) || !text.includes('\r\n'), 'line endings follow the file')
      }),
      {numRuns: 150},
    )
  })
})
