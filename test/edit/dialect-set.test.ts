import assert from 'node:assert/strict'
import fc from 'fast-check'
import {parseAssignments} from '../../src/edit/field-assignment.js'
import {planSetFields} from '../../src/edit/set-fields.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {itemsNamed} from '../../src/ledger/fix-plan/find-item.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {stateVocabularyOf} from '../../src/ledger/plan/state-marker.js'

/** `set` on the item `name` names, without `Last Updated`; the text after and the plan. */
function set(text: string, name: string, ...args: string[]) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const [item] = itemsNamed(ledger.items, name)
  assert.ok(item, `no item ${name} (dialect ${ledger.dialect})`)
  const plan = planSetFields(ledger, item, parseAssignments(name, args))
  return {plan, after: applyEdits(text, plan.edits), ledger: readFixPlan(createDocument('fix_plan.md', applyEdits(text, plan.edits)))}
}

const lines = (text: string) => text.split('\n')

/** `set` with a date for a log entry (as the command passes today). */
function setOn(text: string, name: string, date: string, ...args: string[]) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const [item] = itemsNamed(ledger.items, name)
  const plan = planSetFields(ledger, item, parseAssignments(name, args), {date})
  const after = applyEdits(text, plan.edits)
  return {plan, after, ledger: readFixPlan(createDocument('fix_plan.md', after))}
}

const CHECKLIST = ['# Fix plan', '', '## Priority 1', '- [ ] **T-1**: first', '- [x] **T-2**: second', '- [P] **T-3**: third', '  - note', '', '## Done', '- [x] **T-4**: fourth', ''].join('\n')

const HEADINGS = [
  '# Plan',
  '',
  '### W1: Crash on start ✅ COMPLETE',
  'Text about it.',
  '',
  '### W2: Slow load',
  'Why it is slow,',
  'over two lines.',
  '',
  '```sh',
  'run it',
  '```',
  '',
  '### W3: Typo ✅ COMPLETE',
  '',
].join('\n')

const TABLE = ['# Audit', '', '| # | Title | Status |', '|---|-------|--------|', '| 1 | One   | Fixed  |', '| 2 | Two   |        |', '| 3 | Three | Fixed  |', ''].join('\n')

describe('set on the item dialects', () => {
  describe('checklist items', () => {
    it('flips the box and nothing else', () => {
      const {after, plan} = set(CHECKLIST, 'T-1', 'Status=done')
      assert.deepEqual(lines(after), lines(CHECKLIST.replace('- [ ] **T-1**', '- [x] **T-1**')))
      assert.deepEqual(plan.changes.map((change) => [change.target, change.from, change.to]), [['box', '[ ]', '[x]']])
    })

    it('reopens a done item', () => {
      assert.equal(set(CHECKLIST, 'T-2', 'Status=open').after, CHECKLIST.replace('- [x] **T-2**', '- [ ] **T-2**'))
    })

    it('writes the file own marker for a state other than open and done', () => {
      assert.equal(set(CHECKLIST, 'T-1', 'Status=in_progress').after, CHECKLIST.replace('- [ ] **T-1**', '- [P] **T-1**'))
    })

    it('refuses a state the file has no marker for, naming the markers it uses', () => {
      assert.throws(() => set(CHECKLIST, 'T-1', 'Status=blocked'), (error: unknown) => error instanceof UserError && /\[ \] \[x\] \[P\]/.test(error.message))
    })

    it('adds another field as a nested bullet after the item', () => {
      const {after} = set(CHECKLIST, 'T-3', 'Owner=me')
      assert.deepEqual(lines(after).slice(5, 9), ['- [P] **T-3**: third', '  - note', '  - Owner: me', ''])
    })

    it('keeps CRLF line endings', () => {
      const crlf = CHECKLIST.replace(/\n/g, '\r\n')
      const {after} = set(crlf, 'T-3', 'Status=done', 'Owner=me')
      assert.equal(after, crlf.replace('- [P] **T-3**', '- [x] **T-3**').replace('  - note\r\n', '  - note\r\n  - Owner: me\r\n'))
    })

    it('changes no byte when the box already says so', () => {
      const {plan} = set(CHECKLIST, 'T-2', 'Status=done')
      assert.deepEqual(plan.edits, [])
      assert.equal(plan.unchanged.length, 1)
    })
  })

  describe('ID headings', () => {
    it('adds the file own done marker at the heading end, and the state reads back', () => {
      const {after, ledger} = set(HEADINGS, 'W2', 'Status=done')
      assert.equal(after, HEADINGS.replace('### W2: Slow load', '### W2: Slow load ✅ COMPLETE'))
      assert.equal(ledger.items[1].state, 'done')
    })

    it('removes the marker (and the space before it) to reopen', () => {
      assert.equal(set(HEADINGS, 'W1', 'Status=open').after, HEADINGS.replace('### W1: Crash on start ✅ COMPLETE', '### W1: Crash on start'))
    })

    it('reopening drops a dash that only introduced the marker', () => {
      const text = HEADINGS.replace('### W1: Crash on start ✅ COMPLETE', '### W1: Crash on start — ✅ COMPLETE')
      assert.equal(set(text, 'W1', 'Status=open').after, text.replace('### W1: Crash on start — ✅ COMPLETE', '### W1: Crash on start'))
    })

    it('adds other keys as a `- Key: value` line after the opening paragraph', () => {
      const {after, ledger} = set(HEADINGS, 'W2', 'Owner=me')
      assert.deepEqual(lines(after).slice(5, 11), ['### W2: Slow load', 'Why it is slow,', 'over two lines.', '', '- Owner: me', ''])
      assert.equal(ledger.items[1].fields[0].value, 'me')
    })

    it('writes a `- Status:` line when no heading of the file carries a marker, and edits it next time', () => {
      const plain = HEADINGS.replace(/ ✅ COMPLETE/g, '')
      const first = set(plain, 'W2', 'Status=in_progress')
      assert.equal(first.ledger.items[1].state, 'in_progress')
      const second = set(first.after, 'W2', 'Status=done')
      assert.equal(second.after, first.after.replace('- Status: in_progress', '- Status: done'))
    })

    it('keeps a summary table naming the item in step, in the column own words', () => {
      const text = ['# Plan', '', '| ID | Title | Status |', '|----|-------|--------|', '| W1 | Crash | FIXED  |', '| W2 | Slow  | OPEN   |', '', '### W1: Crash', '**Status:** FIXED', '', '### W2: Slow', '**Status:** OPEN', ''].join('\n')
      const {after} = set(text, 'W2', 'Status=done')
      assert.equal(after, text.replace('| W2 | Slow  | OPEN   |', '| W2 | Slow  | FIXED  |').replace('**Status:** OPEN', '**Status:** FIXED'))
    })
  })

  describe('table rows', () => {
    it('writes the column own word into the status cell, keeping the column width', () => {
      assert.equal(set(TABLE, '2', 'Status=done').after, TABLE.replace('| 2 | Two   |        |', '| 2 | Two   | Fixed  |'))
    })

    it('refuses keys other than Status', () => {
      assert.throws(() => set(TABLE, '2', 'Owner=me'), UserError)
    })
  })

  describe('heading items whose marker opens the heading (`### ✅ Task 1: …`)', () => {
    const LEADING = ['# Plan', '', '### ✅ Task 1: Fix login', '', '### 🚧 Task 2: Rate limit', '', '### Task 3: Migrate', ''].join('\n')

    it('writes a new marker where the file keeps them, replaces one, and open takes it away', () => {
      assert.equal(set(LEADING, 'Task 3', 'Status=done').after, LEADING.replace('### Task 3', '### ✅ Task 3'))
      assert.equal(set(LEADING, 'Task 2', 'Status=done').after, LEADING.replace('### 🚧 Task 2', '### ✅ Task 2'))
      assert.equal(set(LEADING, 'Task 1', 'Status=open').after, LEADING.replace('### ✅ Task 1', '### Task 1'))
    })

    it('reads an indented heading as the scanner does (up to three spaces before the #)', () => {
      const indented = LEADING.replace('### Task 3', '  ### Task 3')
      assert.equal(set(indented, 'Task 3', 'Status=done').after, indented.replace('  ### Task 3', '  ### ✅ Task 3'))
      const withMarker = LEADING.replace('### ✅ Task 1', ' ### ✅ Task 1')
      assert.equal(set(withMarker, 'Task 3', 'Status=done').after, withMarker.replace('### Task 3', '### ✅ Task 3'))
    })
  })

  describe('with the project\'s configured states', () => {
    it('writes a state in the marker the file uses for it, read by the `states` config', () => {
      const text = ['# Plan', '', '- [ ] **T-1**: first', '- [~] **T-2**: second', ''].join('\n')
      const ledger = readFixPlan(createDocument('fix_plan.md', text))
      const [item] = itemsNamed(ledger.items, 'T-1')
      const configured = planSetFields(ledger, item, parseAssignments('T-1', ['Status=partial']), {vocabulary: stateVocabularyOf({partial: ['~']})})
      assert.equal(applyEdits(text, configured.edits), text.replace('- [ ] **T-1**', '- [~] **T-1**'))
      assert.throws(() => planSetFields(ledger, item, parseAssignments('T-1', ['Status=partial'])), /No checkbox marker for `partial`/)
    })
  })

  describe('queue entries', () => {
    it('changes nothing when the section already gives the state asked for', () => {
      const text = ['## Queue', '', '1. Do the thing', '   - Verify: `make test`', ''].join('\n')
      const {plan} = set(text, 'Do the thing', 'Status=open')
      assert.deepEqual(plan.edits, [])
      assert.deepEqual(plan.unchanged.map((field) => field.value), ['open'])
    })

    it('gets a nested Status field where the file keeps no log of finished work, which then decides its state', () => {
      const text = ['## Queue', '', '1. Do the thing', '   - Verify: `make test`', '', '## Notes', ''].join('\n')
      const {after, ledger} = set(text, 'Do the thing', 'Status=done')
      assert.equal(after, text.replace('   - Verify: `make test`\n', '   - Verify: `make test`\n   - Status: done\n'))
      assert.equal(ledger.items[0].state, 'done')
    })

    const QUEUE = ['## Queue', '', '1. Do the thing', '   - Spec: `specs/1.md`', '   - Verify: `make test`', '', '2. Next thing', '', '## Completed', '', '- 2026-01-02: Did a thing', '  - Spec: `specs/0.md`', ''].join('\n')

    it('done moves the entry to the Completed log, dated, its lines re-indented, the queue spacing kept', () => {
      const {after, plan, ledger} = setOn(QUEUE, 'Do the thing', '2026-02-27', 'Status=done')
      assert.deepEqual(lines(after), ['## Queue', '', '2. Next thing', '', '## Completed', '', '- 2026-01-02: Did a thing', '  - Spec: `specs/0.md`', '', '- 2026-02-27: Do the thing', '  - Spec: `specs/1.md`', '  - Verify: `make test`', ''])
      assert.deepEqual(plan.changes.map((change) => [change.line, change.from, change.to, change.target]), [[10, 'open', 'done', 'log']])
      assert.deepEqual(ledger.items.map((item) => [item.kind, item.title, item.state]), [['queue-entry', 'Next thing', 'open'], ['log-entry', 'Did a thing', 'done'], ['log-entry', 'Do the thing', 'done']])
    })

    it('a log kept above the queue takes the entry too', () => {
      const text = ['## Done', '', '- 2026-01-01: A', '', '## Queue', '', '1. Next thing', ''].join('\n')
      assert.equal(setOn(text, 'Next thing', '2026-02-27', 'Status=done').after, ['## Done', '', '- 2026-01-01: A', '- 2026-02-27: Next thing', '', '## Queue', '', ''].join('\n'))
    })

    it('a log that ends the file gets one blank line before the new entry, as its entries are spaced', () => {
      const text = ['## Queue', '', '1. Do the thing', '', '2. Next thing', '', '## Completed', '', '- 2026-01-01: A', '', '- 2026-01-02: B', ''].join('\n')
      assert.deepEqual(lines(setOn(text, 'Next thing', '2026-02-27', 'Status=done').after).slice(2), ['1. Do the thing', '', '## Completed', '', '- 2026-01-01: A', '', '- 2026-01-02: B', '', '- 2026-02-27: Next thing', ''])
    })

    it('a log written newest first gets the entry on top, in its own date separator; an empty log gets its first', () => {
      const newest = QUEUE.replace('- 2026-01-02: Did a thing\n  - Spec: `specs/0.md`\n', '- 2026-01-05 — Later\n- 2026-01-02 — Did a thing\n')
      assert.deepEqual(lines(setOn(newest, 'Next thing', '2026-02-27', 'Status=done').after).slice(2, 10), ['1. Do the thing', '   - Spec: `specs/1.md`', '   - Verify: `make test`', '', '## Completed', '', '- 2026-02-27 — Next thing', '- 2026-01-05 — Later'])
      const empty = ['## Queue', '', '1. Only thing', '', '## Done', ''].join('\n')
      assert.equal(setOn(empty, 'Only thing', '2026-02-27T10:00:00Z', 'Status=done').after, ['## Queue', '', '', '## Done', '', '- 2026-02-27: Only thing', ''].join('\n'))
    })
  })
})

describe('set on checklist items (property)', () => {
  const line = fc.record({
    done: fc.boolean(),
    id: fc.integer({min: 1, max: 99}),
    text: fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/),
    note: fc.option(fc.stringMatching(/^[a-z]{1,10}$/), {nil: undefined}),
  })

  it('changes only the item line, and done then open gives back the bytes of an open item', () => {
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n'), fc.nat(), (items, eol, pick) => {
        const unique = items.map((item, at) => ({...item, id: at + 1}))
        const body = unique.flatMap((item) => [`- [${item.done ? 'x' : ' '}] **C-${item.id}**: ${item.text}`, ...(item.note ? [`  - ${item.note}`] : [])])
        const text = ['# Plan', '', ...body, ''].join(eol)
        const chosen = unique[pick % unique.length]
        const done = set(text, `C-${chosen.id}`, 'Status=done').after
        const changed = text.split(eol).flatMap((original, at) => (original === done.split(eol)[at] ? [] : [at]))
        assert.ok(changed.length <= 1)
        assert.equal(done.split(eol).length, text.split(eol).length)
        const reopened = set(done, `C-${chosen.id}`, 'Status=open').after
        if (!chosen.done) assert.equal(reopened, text)
      }),
      {numRuns: 100},
    )
  })
})
