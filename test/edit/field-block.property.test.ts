import assert from 'node:assert/strict'
import fc from 'fast-check'
import {planBlockAdd, planBlockSet} from '../../src/edit/field-block.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {fieldBody} from '../../src/ledger/fix-plan/field-body.js'
import {readFieldBlock} from '../../src/ledger/fix-plan/field-entries.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {findField} from '../../src/ledger/fix-plan/item-fields.js'

const words = fc.array(fc.constantFrom('Profile', 'D1', 'on', 'CPU;', '`plans/x/`', '✅', 'POLICY-001,', '—', 'a|b', '~~old~~'), {minLength: 1, maxLength: 5}).map((parts) => parts.join(' '))

const marker = fc.constantFrom((n: number) => `${n + 1}.`, (n: number) => `${n + 1})`, () => '-', () => '*', () => '- [ ]', () => '- [x]')

/** A fix plan whose ITEM-001 has a `- Next Actions:` block in one style between other fields. */
const ledger = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    indent: fc.constantFrom('  ', '    ', '\t'),
    marker,
    entries: fc.array(fc.tuple(words, fc.option(words, {nil: undefined})), {minLength: 0, maxLength: 4}),
    trailingBlank: fc.boolean(),
  })
  .map(({eol, indent, marker, entries, trailingBlank}) => {
    const lines = ['# Fix Plan', '', '**Last Updated:** 2025-10-19', '', '## [ITEM-001] One', '- Priority: High', '- Status: in_progress', '- Next Actions:']
    entries.forEach(([text, nested], n) => {
      lines.push(`${indent}${marker(n)} ${text}`)
      if (nested !== undefined) lines.push(`${indent}    - ${nested}`)
    })
    if (trailingBlank) lines.push('')
    lines.push('- Exit Criteria:', '  - done', '', '## [ITEM-002] Two', '- Status: pending', '')
    return lines.join(eol)
  })

function read(text: string) {
  const doc = createDocument('f.md', text)
  const item = readFixPlan(doc).items.find((candidate) => candidate.id === 'ITEM-001')!
  return {doc, item, field: findField(item, 'Next Actions')!}
}

/** Lines before the block's first line and after its last one are the same in both texts. */
function assertOnlyBlockChanged(before: string, after: string, eol: string): void {
  const {doc, field} = read(before)
  const block = readFieldBlock(doc, field)
  const firstOfBlock = field.line // 0-based line just under the key
  const afterBlock = block.body ? block.body.last + 1 : field.line
  const a = before.split(eol)
  const b = after.split(eol)
  assert.deepEqual(b.slice(0, firstOfBlock), a.slice(0, firstOfBlock))
  assert.deepEqual(b.slice(b.length - (a.length - afterBlock)), a.slice(afterBlock))
}

describe('field blocks on generated fix plans (property)', () => {
  it('--add changes only the block, which then ends with the new entry; other fields read the same', () => {
    fc.assert(
      fc.property(ledger, words, (text, entry) => {
        const {doc, field, item} = read(text)
        const after = applyEdits(text, planBlockAdd(doc, field, entry).edits)
        assertOnlyBlockChanged(text, after, doc.eol)
        const again = read(after)
        const entries = readFieldBlock(again.doc, again.field).entries
        assert.equal(entries.length, readFieldBlock(doc, field).entries.length + 1)
        assert.equal(entries.at(-1)!.text, entry)
        assert.deepEqual(again.item.fields.map((f) => [f.key, f.value]), item.fields.map((f) => [f.key, f.value]))
      }),
      {numRuns: 300},
    )
  })

  it('--set changes only the block, and the field then reads as the text given', () => {
    fc.assert(
      fc.property(ledger, fc.array(words, {minLength: 1, maxLength: 4}), (text, newLines) => {
        const {doc, field} = read(text)
        const value = newLines.map((line) => `- ${line}`).join('\n')
        const after = applyEdits(text, planBlockSet(doc, field, value).edits)
        assertOnlyBlockChanged(text, after, doc.eol)
        const again = read(after)
        assert.equal(fieldBody(again.doc, again.field), value)
        assert.deepEqual(readFixPlan(again.doc).items.map((i) => i.id), readFixPlan(doc).items.map((i) => i.id))
      }),
      {numRuns: 300},
    )
  })
})
