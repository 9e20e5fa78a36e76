import assert from 'node:assert/strict'
import fc from 'fast-check'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'

/** Cell text as humans write it: words, inline code (pipes inside allowed), escaped pipes, emoji. */
const cellText = fc
  .array(fc.constantFrom('word', 'Parse', '`a|b`', '\\|', '✅', '≈36s', '**bold**', '[link](x.md)', '<br>', '§§6–8', '`x`'), {minLength: 1, maxLength: 5})
  .map((parts) => parts.join(' '))
const marker = fc.constantFrom('[ ]', '[x]', '[P]', '[D]', '`[D]`', '[✅]', '[X]')
const eol = fc.constantFrom('\n', '\r\n')
const padding = fc.constantFrom(' ', '  ', '\t')

interface GeneratedPlan {
  text: string
  rows: number
}

const planLedger: fc.Arbitrary<GeneratedPlan> = fc
  .record({
    eol,
    bom: fc.boolean(),
    delimiter: fc.boolean(),
    pad: padding,
    trailing: fc.constantFrom('', ' ', '  '),
    rows: fc.array(fc.tuple(cellText, marker, cellText), {minLength: 1, maxLength: 8}),
  })
  .map(({eol: newline, bom, delimiter, pad, trailing, rows}) => {
    const lines = ['# Plan', '', '### Phase D1 — Runtime', 'Goal: generated.', '', '| ID | Task Description | State | How/Why & Guidance |']
    if (delimiter) lines.push('| --- | --- | --- | --- |')
    rows.forEach(([task, state, guidance], index) => lines.push(`|${pad}D1.${String.fromCharCode(65 + index)}${pad}| ${task} | ${state} |${pad}${guidance}${pad}|${trailing}`))
    lines.push('', 'after the table')
    return {text: (bom ? '\uFEFF' : '') + lines.join(newline) + newline, rows: rows.length}
  })

describe('single-cell edits on generated plans (property)', () => {
  it('change only the cell span, and re-reading shows exactly the new cell', () => {
    fc.assert(
      fc.property(planLedger, fc.nat(), fc.constantFrom(1, 3), cellText, ({text, rows}, rowPick, column, replacement) => {
        const before = readPlan(createDocument('p.md', text))
        assert.equal(before.rows.length, rows)
        const row = before.rows[rowPick % rows]
        const cell = row.cells[column]
        const after = applyEdits(text, [{start: cell.contentStart, end: cell.contentEnd, text: replacement}])

        assert.equal(after.slice(0, cell.contentStart), text.slice(0, cell.contentStart))
        assert.equal(after.slice(cell.contentStart + replacement.length), text.slice(cell.contentEnd))

        const reread = readPlan(createDocument('p.md', after))
        assert.equal(reread.rows.length, rows)
        reread.rows.forEach((other, index) => {
          const expected = before.rows[index].cells.map((c) => c.text)
          if (other.line === row.line) expected[column] = replacement
          assert.deepEqual(other.cells.map((c) => c.text), expected)
          assert.equal(other.state?.marker, before.rows[index].state?.marker)
        })
      }),
      {numRuns: 300},
    )
  })

  it('change only the state marker, and re-reading shows the new state', () => {
    fc.assert(
      fc.property(planLedger, fc.nat(), fc.constantFrom(' ', 'x', 'P', 'D', '✅'), ({text, rows}, rowPick, newMarker) => {
        const before = readPlan(createDocument('p.md', text))
        const row = before.rows[rowPick % rows]
        const span = row.state!.span
        const after = applyEdits(text, [{start: span.start, end: span.end, text: `[${newMarker}]`}])
        assert.equal(after.slice(0, span.start), text.slice(0, span.start))
        assert.equal(after.slice(span.start + newMarker.length + 2), text.slice(span.end))
        const reread = readPlan(createDocument('p.md', after))
        reread.rows.forEach((other, index) => {
          assert.equal(other.state?.marker, other.line === row.line ? newMarker : before.rows[index].state?.marker)
          assert.equal(other.state?.backticked, before.rows[index].state?.backticked)
        })
      }),
      {numRuns: 300},
    )
  })
})
