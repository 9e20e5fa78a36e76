import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {parseAssignments} from '../../src/edit/field-assignment.js'
import {planSetFields, type SetOptions} from '../../src/edit/set-fields.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {findField} from '../../src/ledger/fix-plan/item-fields.js'
import {repoRoot} from '../support/corpus.js'

const DATE = {lastUpdated: '2026-11-29'}

interface LedgerSpec {
  eol: string
  table: boolean
  bold: boolean
  indent: string
  items: Array<{status: string; continuation: boolean}>
}
/** The own scenario's fix plan: an index table and three items, DATA-LOADER-002 between the others. */
const SCENARIO = readFileSync(join(repoRoot, 'test/fixtures/scenario/docs/fix_plan.md'), 'utf8')
const LIST_INDEX = readFileSync(join(repoRoot, 'test/fixtures/set/list-index.md'), 'utf8')

function set(text: string, id: string, args: string[], options: SetOptions = DATE) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const item = ledger.items.find((candidate) => candidate.id === id)!
  const plan = planSetFields(ledger, item, parseAssignments(id, args), options)
  return {plan, after: applyEdits(text, plan.edits)}
}

/** Line number (1-based) → new text, for every line that differs; the line count must not change. */
function changedLines(before: string, after: string): Map<number, string> {
  const a = before.split('\n')
  const b = after.split('\n')
  assert.equal(b.length, a.length, 'no line added or removed')
  const changed = new Map<number, string>()
  b.forEach((line, index) => {
    if (line !== a[index]) changed.set(index + 1, line)
  })
  return changed
}

/** The lines `after` has that `before` does not, checking that nothing else moved. */
function insertedLines(before: string, after: string, ignoreLine?: number): {at: number; lines: string[]} {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && (a[head] === b[head] || head + 1 === ignoreLine)) head++
  let tail = 0
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  assert.equal(head + tail, a.length, 'only insertions expected')
  return {at: head + 1, lines: b.slice(head, b.length - tail)}
}

describe('planSetFields', () => {
  it('on an item without fields, keeps a blank line between the new field and the paragraph under the heading', () => {
    const text = '# Fix Plan\n\n## [BARE-001] Bare item\nA paragraph right under the heading.\n'
    const {after} = set(text, 'BARE-001', ['Status=pending'], {})
    assert.equal(after, '# Fix Plan\n\n## [BARE-001] Bare item\n- Status: pending\n\nA paragraph right under the heading.\n')
    assert.equal(set('# Fix Plan\n\n## [BARE-001] Bare item\n\nA paragraph.\n', 'BARE-001', ['Status=pending'], {}).after, '# Fix Plan\n\n## [BARE-001] Bare item\n- Status: pending\n\nA paragraph.\n')
  })

  it('Status=done changes the Status line, the index Status cell and Last Updated, nothing else', () => {
    const {plan, after} = set(SCENARIO, 'DATA-LOADER-002', ['Status=done'])
    assert.deepEqual(
      changedLines(SCENARIO, after),
      new Map([
        [3, '**Last Updated:** 2026-11-29'],
        [11, '| [DATA-LOADER-002](#data-loader-002-stream-batches-from-disk) | Stream batches from disk | Medium | done |'],
        [30, '- Status: done'],
      ]),
    )
    assert.deepEqual(plan.changes, [{key: 'Status', line: 30, from: 'pending', to: 'done', index: {line: 11, kind: 'table', from: 'pending', to: 'done'}}])
    assert.deepEqual(plan.lastUpdated, {line: 3, from: '2026-11-20', to: '2026-11-29'})
    assert.deepEqual(plan.warnings, [])
  })

  it('a value already set is a no-op: no edit, Last Updated left alone', () => {
    const {plan, after} = set(SCENARIO, 'TEST-PYTORCH-001', ['Status=in_progress', 'priority=High'])
    assert.equal(after, SCENARIO)
    assert.deepEqual(plan.edits, [])
    assert.deepEqual(plan.changes, [])
    assert.deepEqual(plan.unchanged, [
      {key: 'Status', line: 17, value: 'in_progress'},
      {key: 'Priority', line: 16, value: 'High'},
    ])
    assert.equal(plan.lastUpdated, null)
  })

  it('without a Last Updated date the header is not touched', () => {
    const {plan, after} = set(SCENARIO, 'DATA-LOADER-002', ['Priority=High'], {})
    assert.deepEqual([...changedLines(SCENARIO, after).keys()], [11, 29])
    assert.equal(plan.lastUpdated, null)
  })

  it('Priority keeps the index Priority cell in step', () => {
    const {after} = set(SCENARIO, 'TEST-PYTORCH-001', ['Priority=Medium'])
    assert.equal(changedLines(SCENARIO, after).get(10), '| [TEST-PYTORCH-001](#test-pytorch-001-cover-the-training-workflow-end-to-end) | Cover the training workflow end to end | Medium | in_progress |')
    assert.equal(changedLines(SCENARIO, after).get(16), '- Priority: Medium')
  })

  it('matches keys case-insensitively and writes them as the file spells them', () => {
    const {plan, after} = set(SCENARIO, 'TEST-PYTORCH-001', ['working_plan=`plans/active/X/plan.md`', 'OWNER/DATE=me'])
    assert.deepEqual(
      changedLines(SCENARIO, after),
      new Map([
        [3, '**Last Updated:** 2026-11-29'],
        [18, '- Owner/Date: me'],
        [19, '- Working Plan: `plans/active/X/plan.md`'],
      ]),
    )
    assert.deepEqual(plan.changes.map((change) => [change.key, change.index]), [['Working Plan', null], ['Owner/Date', null]])
  })

  it('escapes a pipe in an index table cell but not in the field', () => {
    const {after} = set(SCENARIO, 'DATA-LOADER-002', ['Status=blocked | waiting on D1'])
    const changed = changedLines(SCENARIO, after)
    assert.equal(changed.get(30), '- Status: blocked | waiting on D1')
    assert.ok(changed.get(11)!.endsWith('| Medium | blocked \\| waiting on D1 |'))
    assert.equal(readFixPlan(createDocument('f.md', after)).index[1].status, 'blocked \\| waiting on D1')
  })

  it('brings a stale index entry in step even when the field already holds the value', () => {
    const stale = SCENARIO.replace('| Medium | pending |', '| Medium | done |')
    const {plan, after} = set(stale, 'DATA-LOADER-002', ['Status=pending'])
    assert.deepEqual([...changedLines(SCENARIO, after).keys()], [3])
    assert.deepEqual(plan.changes, [{key: 'Status', line: 30, from: 'pending', to: 'pending', index: {line: 11, kind: 'table', from: 'done', to: 'pending'}}])
    assert.deepEqual(plan.unchanged, [])
  })

  describe('list index, bold keys, multi-line fields', () => {
    it('replaces only the value after `Status:` / `Priority:` in the index line and after `**Status:**` in the item', () => {
      const {plan, after} = set(LIST_INDEX, 'CLI-PARSER-001', ['Status=done', 'Priority=Medium'])
      assert.deepEqual(
        changedLines(LIST_INDEX, after),
        new Map([
          [3, '**Last Updated:** 2026-11-29 (after the C3 audit)'],
          [6, '- [CLI-PARSER-001](#cli-parser-001) Argument parser rewrite — Priority: Medium, Status: done (plan: plans/active/CLI-PARSER-001/implementation.md)'],
          [11, '  - **Priority:** Medium'],
          [12, '  - **Status:** done'],
        ]),
      )
      assert.deepEqual(plan.changes[0].index, {line: 6, kind: 'list', from: 'in_progress', to: 'done'})
    })

    it('keeps bold keys in a list index line', () => {
      const {after} = set(LIST_INDEX, 'DOCS-002', ['Status=in_progress'])
      assert.equal(changedLines(LIST_INDEX, after).get(7), '- [DOCS-002] Docs refresh — **Priority:** Low, **Status:** in_progress')
    })

    it('a multi-line field: the first-line value is replaced, continuation lines are kept', () => {
      const {after} = set(LIST_INDEX, 'CLI-PARSER-001', ['Return Condition=all flags parse;'])
      assert.deepEqual([...changedLines(LIST_INDEX, after)], [
        [3, '**Last Updated:** 2026-11-29 (after the C3 audit)'],
        [13, '  - **Return Condition:** all flags parse;'],
      ])
      assert.ok(after.includes('all flags parse;\n    the old parser is deleted.\n'))
    })

    it('an item without an index entry: the index is left alone and reported as null', () => {
      const {plan, after} = set(LIST_INDEX, 'ORPHAN-003', ['Status=pending'])
      assert.deepEqual(plan.changes, [{key: 'Status', line: 26, from: null, to: 'pending', index: null}])
      assert.deepEqual(insertedLines(LIST_INDEX, after, 3), {at: 26, lines: ['- Status: pending']})
    })
  })

  describe('adding an absent field', () => {
    it('goes after the last field and its continuation lines, in that field\u2019s bullet, indentation and key markup', () => {
      const {plan, after} = set(LIST_INDEX, 'CLI-PARSER-001', ['Owner=me', 'Spec/AT=spec §2'])
      assert.deepEqual(insertedLines(LIST_INDEX, after, 3), {at: 17, lines: ['  - **Owner:** me', '  - **Spec/AT:** spec §2']})
      assert.deepEqual(plan.changes.map((change) => [change.key, change.line, change.from]), [['Owner', 17, null], ['Spec/AT', 18, null]])
    })

    it('after nested bullets of the last field', () => {
      const {after} = set(LIST_INDEX, 'DOCS-002', ['Owner=me'])
      assert.deepEqual(insertedLines(LIST_INDEX, after, 3), {at: 24, lines: ['- Owner: me']})
    })

    it('after the last field (`- Exit Criteria:` and its sub-bullet)', () => {
      const {after} = set(SCENARIO, 'TEST-PYTORCH-001', ['Owner=me'])
      assert.deepEqual(insertedLines(SCENARIO, after, 3), {at: 26, lines: ['- Owner: me']})
    })

    it('fills an empty last field and adds a new one in one insertion', () => {
      const text = '# F\n\n## [T-1] Item\n- Status: pending\n- Notes:\n\n## [T-2] Other\n- Status: done\n'
      const {after} = set(text, 'T-1', ['Notes=see D1', 'Owner=me'])
      assert.equal(after, '# F\n\n## [T-1] Item\n- Status: pending\n- Notes: see D1\n- Owner: me\n\n## [T-2] Other\n- Status: done\n')
    })

    it('uses the document\u2019s CRLF line ending', () => {
      const crlf = SCENARIO.replace(/\n/g, '\r\n')
      const {after} = set(crlf, 'DATA-LOADER-002', ['Owner=me', 'Status=done'])
      assert.ok(after.includes('  * (none yet)\r\n- Owner: me\r\n\r\n## [INTEGRATE-PYTORCH-001]'))
      assert.ok(after.includes('\r\n- Status: done\r\n'))
      assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF')
    })
  })

  describe('Status vocabulary', () => {
    it('warns when the leading word is not used by any Status in the file', () => {
      assert.deepEqual(set(SCENARIO, 'DATA-LOADER-002', ['Status=finished']).plan.warnings, [
        'Status `finished` is not used elsewhere in fix_plan.md (seen: in_progress, pending, done); written anyway',
      ])
    })

    it('compares case-insensitively on the leading word only', () => {
      assert.deepEqual(set(SCENARIO, 'DATA-LOADER-002', ['Status=DONE']).plan.warnings, [])
      assert.deepEqual(set(SCENARIO, 'DATA-LOADER-002', ['Status=in_progress (blocked on D1)']).plan.warnings, [])
      assert.deepEqual(set(SCENARIO, 'DATA-LOADER-002', ['Status=**done** 2026-11-29']).plan.warnings, [])
    })

    it('does not judge other keys', () => {
      assert.deepEqual(set(SCENARIO, 'DATA-LOADER-002', ['Priority=Whenever', 'Notes=finished']).plan.warnings, [])
    })
  })

  it('Last Updated: only the leading date is replaced, a note after it is kept; an equal date is no edit', () => {
    const {plan} = set(LIST_INDEX, 'DOCS-002', ['Status=done'], {lastUpdated: '2025-11-02'})
    assert.deepEqual(plan.lastUpdated, {line: 3, from: '2025-11-02 (after the C3 audit)', to: '2025-11-02 (after the C3 audit)'})
    assert.equal(plan.edits.length, 2)
  })

  describe('property: generated ledgers and values', () => {
    const piece = fc.constantFrom('done', 'in_progress', 'High', 'a|b', 'x,y', '(plan)', 'é ✅', '`code`', '**bold**', 'v: 2', '#3', '—', 'Phase F COMPLETE', '\\|')
    const value = fc.array(piece, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
    const ledger = fc.record({
      eol: fc.constantFrom('\n', '\r\n'),
      table: fc.boolean(),
      bold: fc.boolean(),
      indent: fc.constantFrom('', '  '),
      items: fc.array(fc.record({status: fc.constantFrom('pending', 'in_progress', 'done'), continuation: fc.boolean()}), {minLength: 1, maxLength: 3}),
    })

    function render(spec: LedgerSpec): string {
      const key = (name: string) => (spec.bold ? `**${name}:** ` : `${name}: `)
      const lines = ['# Fix Plan', '', '**Last Updated:** 2025-10-19', '', '## Index', '']
      if (spec.table) lines.push('| ID | Title | Priority | Status |', '| --- | --- | --- | --- |')
      spec.items.forEach((item, n) => {
        lines.push(spec.table ? `| [ITEM-00${n}](#item-00${n}) | Item ${n} | High | ${item.status} |` : `- [ITEM-00${n}] Item ${n} — Priority: High, Status: ${item.status}`)
      })
      lines.push('')
      spec.items.forEach((item, n) => {
        lines.push(`## [ITEM-00${n}] Item ${n}`, `${spec.indent}- ${key('Priority')}High`, `${spec.indent}- ${key('Status')}${item.status}`, `${spec.indent}- ${key('Notes')}first line`)
        if (item.continuation) lines.push(`${spec.indent}  second line`)
        lines.push(`${spec.indent}- ${key('Attempts History')}`, `${spec.indent}  * [2025-10-19] Attempt #1 — text`, '')
      })
      return lines.join(spec.eol)
    }

    it('set edits change only the targeted lines; re-reading gives the new value', () => {
      fc.assert(
        fc.property(ledger, fc.nat(), fc.constantFrom('Status', 'Priority', 'Notes', 'Owner'), value, (spec, pick, key, newValue) => {
          const text = render(spec)
          const before = readFixPlan(createDocument('f.md', text))
          const item = before.items[pick % before.items.length]
          const plan = planSetFields(before, item, parseAssignments(item.id!, [`${key}=${newValue}`]), DATE)
          const after = applyEdits(text, plan.edits)
          const field = findField(item, key)
          const entry = before.index.find((candidate) => candidate.id === item.id)!
          const indexed = key === 'Status' || key === 'Priority'
          const oldIndexValue = key === 'Status' ? entry.status : entry.priority
          const newIndexValue = spec.table ? newValue.replace(/(?<!\\)\|/g, '\\|') : newValue
          if (field?.value === newValue && (!indexed || oldIndexValue === newIndexValue)) {
            assert.equal(after, text)
            return
          }
          const a = text.split(spec.eol)
          const b = after.split(spec.eol)
          const expected = new Set([3])
          if (indexed) expected.add(entry.line)
          if (field) {
            expected.add(field.line)
            assert.equal(b.length, a.length)
            const differing = b.flatMap((line, index) => (line === a[index] ? [] : [index + 1]))
            for (const line of differing) assert.ok(expected.has(line), `line ${line} changed`)
            assert.ok(differing.includes(field.line) || field.value === newValue)
          } else {
            const lastField = item.fields.at(-1)!
            assert.equal(b.length, a.length + 1)
            assert.deepEqual([...b.slice(0, 2), ...b.slice(3, lastField.endLine)], [...a.slice(0, 2), ...a.slice(3, lastField.endLine)])
            assert.deepEqual(b.slice(lastField.endLine + 1), a.slice(lastField.endLine))
          }
          const reread = readFixPlan(createDocument('f.md', after))
          const target = reread.items.find((candidate) => candidate.id === item.id)!
          assert.equal(findField(target, key)?.value, newValue)
          assert.equal(reread.header[0].value, '2026-11-29')
          // A list index value ends at `,` `(` `|` or a spaced dash, so only list-safe values read back whole.
          if (indexed && (spec.table || !/[,;(|]|\s[—–-]\s/.test(newValue))) {
            const rereadEntry = reread.index.find((candidate) => candidate.id === item.id)!
            assert.equal(key === 'Status' ? rereadEntry.status : rereadEntry.priority, newIndexValue)
          }
          for (const other of reread.items) {
            if (other.id === item.id) continue
            const original = before.items.find((candidate) => candidate.id === other.id)!
            assert.deepEqual(other.fields.map((f) => [f.key, f.value]), original.fields.map((f) => [f.key, f.value]))
          }
        }),
        {numRuns: 300},
      )
    })
  })
})
