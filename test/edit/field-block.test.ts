import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {UserError} from '../../src/errors.js'
import {planBlockAdd, planBlockSet, textLines} from '../../src/edit/field-block.js'
import {planBlockDone, type EntryChoice} from '../../src/edit/field-done.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFieldBlock} from '../../src/ledger/fix-plan/field-entries.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {findField} from '../../src/ledger/fix-plan/item-fields.js'
import {repoRoot} from '../support/corpus.js'

const BLOCKS = readFileSync(join(repoRoot, 'test/fixtures/field/blocks.md'), 'utf8')

function fieldOf(text: string, id: string, key: string) {
  const doc = createDocument('fix_plan.md', text)
  const ledger = readFixPlan(doc)
  const field = findField(ledger.items.find((item) => item.id === id)!, key)!
  return {doc, field}
}

/** The text with the edit applied, and the lines (1-based) removed and added, in the file's own line ending. */
function edited(text: string, plan: {edits: Parameters<typeof applyEdits>[1]}, eol = '\n') {
  const after = applyEdits(text, plan.edits)
  return {after, lines: after.split(eol)}
}

const add = (text: string, id: string, key: string, entry: string) => {
  const {doc, field} = fieldOf(text, id, key)
  return edited(text, planBlockAdd(doc, field, entry), doc.eol)
}
const done = (text: string, id: string, key: string, choice: EntryChoice, attempt?: number) => {
  const {doc, field} = fieldOf(text, id, key)
  return planBlockDone(doc, field, choice, attempt)
}
const set = (text: string, id: string, key: string, value: string) => {
  const {doc, field} = fieldOf(text, id, key)
  return edited(text, planBlockSet(doc, field, value), doc.eol)
}

describe('field blocks', () => {
  describe('reading entries', () => {
    it('takes the shallowest list items as entries; nested bullets and wrapped lines belong to the one above', () => {
      const {doc, field} = fieldOf(BLOCKS, 'BUL-002', 'Next Actions')
      const block = readFieldBlock(doc, field)
      assert.deepEqual(block.entries.map((entry) => [entry.position, entry.line, entry.endLine, entry.marker, entry.text]), [
        [1, 25, 25, '*', '~~Reproduce the loader bug~~'],
        [2, 26, 28, '*', 'Write the transpose guard'],
        [3, 29, 29, '*', 'Update the findings'],
      ])
      assert.equal(block.contentIndent, '    ')
    })

    it('reads a prose block as a body without entries', () => {
      const {doc, field} = fieldOf(BLOCKS, 'BOX-003', 'Exit Criteria')
      assert.deepEqual(readFieldBlock(doc, field), {body: {first: 38, last: 39}, contentIndent: '  ', entries: []})
    })
  })

  describe('--add', () => {
    it('continues a numbered list', () => {
      const {lines} = add(BLOCKS, 'NUM-001', 'Next Actions', 'Write the runtime table')
      assert.equal(lines[17], '  4. Write the runtime table')
      assert.equal(lines[18], '- Exit Criteria: the suite passes on CPU')
    })

    it('keeps a bullet\u2019s marker and indentation, after the last entry\u2019s nested lines', () => {
      const {after} = add(BLOCKS, 'BUL-002', 'Next Actions', 'Close the item')
      assert.equal(after, BLOCKS.replace('    * Update the findings\n', '    * Update the findings\n    * Close the item\n'))
    })

    it('gives an open checkbox when the entries have boxes', () => {
      const {after} = add(BLOCKS, 'BOX-003', 'Next Actions', 'Announce it')
      assert.equal(after, BLOCKS.replace('  - [ ] Ship it\n', '  - [ ] Ship it\n  - [ ] Announce it\n'))
    })

    it('indents the lines of a multi-line entry to its text column', () => {
      const {after} = add(BLOCKS, 'NUM-001', 'Next Actions', 'Rerun\n  - on CPU\n  - on GPU')
      assert.ok(after.includes('  3. Align the ledger with the docs\n  4. Rerun\n     - on CPU\n     - on GPU\n- Exit Criteria'), after)
    })

    it('starts a `- ` list under a one-line field', () => {
      const {after} = add(BLOCKS, 'BOX-003', 'Owner', 'second owner')
      assert.ok(after.endsWith('- Owner: —\n  - second owner\n'), after)
    })

    it('writes CRLF into a CRLF file', () => {
      const crlf = BLOCKS.replace(/\n/g, '\r\n')
      const {after} = add(crlf, 'NUM-001', 'Next Actions', 'Write the runtime table')
      assert.equal(after, crlf.replace('  3. Align the ledger with the docs\r\n', '  3. Align the ledger with the docs\r\n  4. Write the runtime table\r\n'))
    })
  })

  describe('--done', () => {
    it('learns `✅ COMPLETE (Attempt #N) — ` and fills in the attempt number', () => {
      const plan = done(BLOCKS, 'NUM-001', 'Next Actions', {position: 2}, 4)
      assert.equal(applyEdits(BLOCKS, plan.edits).split('\n')[15], '  2. ✅ COMPLETE (Attempt #4) — Profile D1 on CPU')
      assert.deepEqual(plan.entry, {position: 2, line: 16})
    })

    it('leaves out `(Attempt #N)` when no attempt number is known', () => {
      const plan = done(BLOCKS, 'NUM-001', 'Next Actions', {match: 'ledger'}, undefined)
      assert.equal(applyEdits(BLOCKS, plan.edits).split('\n')[16], '  3. ✅ COMPLETE — Align the ledger with the docs')
    })

    it('strikes through in a block that strikes through', () => {
      const plan = done(BLOCKS, 'BUL-002', 'Next Actions', {match: 'findings'})
      assert.equal(applyEdits(BLOCKS, plan.edits).split('\n')[28], '    * ~~Update the findings~~')
    })

    it('ticks the box in a checkbox block', () => {
      const plan = done(BLOCKS, 'BOX-003', 'Next Actions', {position: 3})
      assert.equal(applyEdits(BLOCKS, plan.edits).split('\n')[36], '  - [x] Ship it')
    })

    it('defaults to `✅ ` when no entry is marked yet', () => {
      const text = BLOCKS.replace('    * ~~Reproduce the loader bug~~', '    * Reproduce the loader bug')
      const plan = done(text, 'BUL-002', 'Next Actions', {position: 1})
      assert.equal(applyEdits(text, plan.edits).split('\n')[24], '    * ✅ Reproduce the loader bug')
    })

    it('an entry already done changes nothing', () => {
      const plan = done(BLOCKS, 'BOX-003', 'Next Actions', {position: 1})
      assert.deepEqual([plan.edits, plan.already], [[], true])
    })

    it('refuses a number out of range, no match and an ambiguous match with hints', () => {
      const refused = (choice: EntryChoice, message: RegExp, hint: RegExp) =>
        assert.throws(() => done(BLOCKS, 'NUM-001', 'Next Actions', choice), (error: unknown) => error instanceof UserError && message.test(error.message) && hint.test(error.hint ?? ''))
      refused({position: 4}, /entries 1 to 3; there is no entry 4/, /from 1 to 3/)
      refused({position: 0}, /there is no entry 0/, /from 1 to 3/)
      refused({match: 'nothing like it'}, /No entry .* contains/, /open entries: 2, 3/)
      refused({match: 'o'}, /is in 3 entries .*\(1, 2, 3\)/, /--done 1/)
    })

    it('refuses a block without entries', () => {
      assert.throws(() => done(BLOCKS, 'BOX-003', 'Exit Criteria', {position: 1}), /has no list entries/)
    })
  })

  describe('--set', () => {
    it('replaces every line under the key, re-indented to the block\u2019s column', () => {
      const {after} = set(BLOCKS, 'BUL-002', 'Next Actions', '* one\n  - nested\n* two\n')
      assert.equal(after, BLOCKS.replace(/    \* ~~Reproduce[^]*    \* Update the findings\n/, '    * one\n      - nested\n    * two\n'))
    })

    it('keeps the first line on the key line when the field has a value there', () => {
      const {after} = set(BLOCKS, 'NUM-001', 'Exit Criteria', 'all green\non CPU and GPU')
      assert.equal(after, BLOCKS.replace('- Exit Criteria: the suite passes on CPU\n  within the 90 s guardrail.', '- Exit Criteria: all green\n  on CPU and GPU'))
    })

    it('one line on a field with a value there drops the lines under it', () => {
      const {after} = set(BLOCKS, 'NUM-001', 'Exit Criteria', 'all green')
      assert.equal(after, BLOCKS.replace('- Exit Criteria: the suite passes on CPU\n  within the 90 s guardrail.', '- Exit Criteria: all green'))
    })

    it('a list goes under the key, dropping a value on the key line', () => {
      const {after} = set(BLOCKS, 'NUM-001', 'Exit Criteria', '- green on CPU\n- green on GPU')
      assert.equal(after, BLOCKS.replace('- Exit Criteria: the suite passes on CPU\n  within the 90 s guardrail.', '- Exit Criteria:\n  - green on CPU\n  - green on GPU'))
    })

    it('puts new lines under a one-line field', () => {
      const {after} = set(BLOCKS, 'BOX-003', 'Owner', 'me\n- and you')
      assert.ok(after.endsWith('- Owner: me\n  - and you\n'), after)
    })

    it('keeps CRLF', () => {
      const crlf = BLOCKS.replace(/\n/g, '\r\n')
      const {after} = set(crlf, 'BOX-003', 'Next Actions', '- [ ] a\n- [ ] b')
      assert.equal(after, crlf.replace('  - [x] Draft the plan\r\n  - [ ] Review the plan\r\n  - [ ] Ship it\r\n', '  - [ ] a\r\n  - [ ] b\r\n'))
    })

    it('refuses empty text', () => {
      assert.throws(() => set(BLOCKS, 'NUM-001', 'Next Actions', '\n  \n'), /is empty/)
    })

    it('textLines drops surrounding blank lines and trailing blanks, and reads any line break', () => {
      assert.deepEqual(textLines('\n a \r\nb\rc\n\n'), [' a', 'b', 'c'])
    })
  })
})
