import assert from 'node:assert/strict'
import fc from 'fast-check'
import {planNewItem} from '../../src/edit/new-item.js'
import type {NewItemRequest} from '../../src/edit/new-item-types.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {stateVocabularyOf} from '../../src/ledger/plan/state-marker.js'
import {userErrorOf} from '../support/assertions.js'

/** Adds an item to `text`; the text after, the plan, and the ledger read back. */
function add(text: string, request: Partial<NewItemRequest> & {id: string | undefined}) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const plan = planNewItem(ledger, {title: 'New work', dependsOn: [], ...request})
  const after = applyEdits(text, plan.edits)
  return {plan, after, ledger: readFixPlan(createDocument('fix_plan.md', after))}
}

/** The lines `after` has that `before` has not, at the place they were inserted. */
function inserted(before: string, after: string): {at: number; lines: string[]} {
  const a = before.split('\n')
  const b = after.split('\n')
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  return {at: at + 1, lines: b.slice(at, at + b.length - a.length)}
}

const BRACKETED = [
  '# Fix Plan',
  '',
  '## Index',
  '',
  '| ID | Title | Priority | Status |',
  '| --- | --- | --- | --- |',
  '| [AUTH-001](#auth-001-login-fails) | Login fails | High | in_progress |',
  '| [AUTH-002](#auth-002-token-expiry) | Token expiry | Low | pending |',
  '',
  '## [AUTH-001] Login fails',
  '- Priority: High',
  '- Status: in_progress',
  '- Owner: me',
  '- Attempts History:',
  '  * [2025-01-01] Attempt #1 — tried.',
  '',
  '## [AUTH-002] Token expiry',
  '- Priority: Low',
  '- Status: pending',
  '- Owner: —',
  '- Attempts History:',
  '  * (none yet)',
  '',
  '## Completed',
  '',
  '## [AUTH-000] Old thing',
  '- Priority: Low',
  '- Status: done',
  '- Owner: you',
  '- Attempts History:',
  '  * (none yet)',
  '',
].join('\n')

describe('planNewItem: bracketed headings', () => {
  it('writes the heading, fields in the file order and spelling, the empty history, before the Completed section', () => {
    const {after, plan, ledger} = add(BRACKETED, {id: 'AUTH-003', title: 'Logout leaks', priority: 'Medium', dependsOn: ['AUTH-001', 'AUTH-002'], workingPlan: 'plans/auth.md'})
    const lines = after.split('\n')
    assert.deepEqual(lines.slice(23, 33), [
      '',
      '## [AUTH-003] Logout leaks',
      '- Priority: Medium',
      '- Status: pending',
      '- Owner: —',
      '- Depends on: AUTH-001, AUTH-002',
      '- Working Plan: plans/auth.md',
      '- Attempts History:',
      '  * (none yet)',
      '',
    ])
    assert.equal(lines[plan.line - 1], '## [AUTH-003] Logout leaks')
    assert.equal(lines[plan.indexLine! - 1], '| [AUTH-003](#auth-003-logout-leaks) | Logout leaks | Medium | pending |')
    assert.equal(plan.indexLine, 9)
    assert.equal(lines[33], "## Completed")
    const item = ledger.items.find((candidate) => candidate.id === 'AUTH-003')!
    assert.equal(item.state, 'open')
    assert.equal(ledger.index.find((entry) => entry.id === 'AUTH-003')?.status, 'pending')
  })

  it('--after places the item and its index row after the named one', () => {
    const {after, plan} = add(BRACKETED, {id: 'AUTH-010', after: 'AUTH-001', status: 'blocked'})
    const lines = after.split('\n')
    assert.equal(lines[7], '| [AUTH-010](#auth-010-new-work) | New work | — | blocked |')
    assert.equal(plan.indexLine, 8)
    assert.deepEqual(lines.slice(16, 25), ['', '## [AUTH-010] New work', '- Priority: —', '- Status: blocked', '- Owner: —', '- Attempts History:', '  * (none yet)', '', '## [AUTH-002] Token expiry'])
    assert.equal(plan.line, 18)
  })

  it('refuses a duplicate ID (any case) naming its line; warns on an ID of another shape', () => {
    const error = userErrorOf(() => add(BRACKETED, {id: 'auth-002'}))
    assert.equal(error.message, 'Item AUTH-002 already exists in fix_plan.md (line 17)')
    assert.equal(error.line, 17)
    assert.deepEqual(add(BRACKETED, {id: 'auth_3'}).plan.warnings, ["ID `auth_3` is not shaped like the file's other IDs (AUTH-001, AUTH-002, AUTH-000)"])
    assert.deepEqual(add(BRACKETED, {id: 'AUTH-004'}).plan.warnings, [])
  })

  it('refuses a missing title, a multi-line value and an unknown --after, as user errors', () => {
    assert.match(userErrorOf(() => add(BRACKETED, {id: 'AUTH-005', title: ' '})).message, /^No --title for AUTH-005/)
    assert.ok(userErrorOf(() => add(BRACKETED, {id: 'AUTH-005', priority: 'a\nb'})) instanceof UserError)
    assert.match(userErrorOf(() => add(BRACKETED, {id: 'AUTH-005', after: 'AUTH-01'})).hint ?? '', /^did you mean AUTH-001\b/)
  })

  it('keeps CRLF line endings and a BOM, touching no other byte', () => {
    const crlf = '\uFEFF' + BRACKETED.replace(/\n/g, '\r\n')
    const {after} = add(crlf, {id: 'AUTH-003'})
    assert.ok(after.startsWith('\uFEFF# Fix Plan\r\n'))
    assert.equal(after.replace(/\r\n/g, '').length + (after.match(/\r\n/g) ?? []).length * 2, after.length)
    assert.ok(!/[^\r]\n/.test(after), 'a bare LF was written')
    assert.equal(after.replace(/\r\n/g, '\n').slice(1), add(BRACKETED, {id: 'AUTH-003'}).after)
  })

  it('writes a list index entry in the list style', () => {
    const text = BRACKETED.replace(
      '| ID | Title | Priority | Status |\n| --- | --- | --- | --- |\n| [AUTH-001](#auth-001-login-fails) | Login fails | High | in_progress |\n| [AUTH-002](#auth-002-token-expiry) | Token expiry | Low | pending |',
      '- [AUTH-001] Login fails — Priority: High, Status: in_progress\n- [AUTH-002] Token expiry — Priority: Low, Status: pending',
    )
    const {after, plan, ledger} = add(text, {id: 'AUTH-003', title: 'Logout leaks', priority: 'High'})
    assert.equal(after.split('\n')[plan.indexLine! - 1], '- [AUTH-003] Logout leaks — Priority: High, Status: pending')
    assert.equal(ledger.index.find((entry) => entry.id === 'AUTH-003')?.priority, 'High')
  })
})

describe('planNewItem: other dialects', () => {
  it('checklist with bold IDs: an open box in the same style, fields nested, after the last active item', () => {
    const text = ['# Plan', '', '## Priority 1', '- [ ] **T-1**: first', '- [x] **T-2**: second', '  - note', '', '## Done', '- [x] **T-0**: zero', ''].join('\n')
    const {after, plan, ledger} = add(text, {id: 'T-3', title: 'third', dependsOn: ['T-1']})
    assert.deepEqual(inserted(text, after), {at: 7, lines: ['- [ ] **T-3**: third', '  - Depends on: T-1']})
    assert.equal(plan.line, 7)
    assert.equal(ledger.items.find((item) => item.id === 'T-3')?.state, 'open')
  })

  it('checklist with plain IDs and a numbered list continues the numbering', () => {
    const text = ['## Work', '1. [ ] CR-01 — first', '2. [x] CR-02 — second', ''].join('\n')
    const {after, ledger} = add(text, {id: 'CR-03', title: 'third'})
    assert.deepEqual(inserted(text, after), {at: 4, lines: ['3. [ ] CR-03 — third']})
    assert.equal(ledger.items.at(-1)?.id, 'CR-03')
  })

  it('ID headings: the heading at the items level in their ID style, a Status line only when items have one', () => {
    const text = ['# Plan', '', '### W1: Crash', '- Status: open', 'Text.', '', '### W2: Slow', '- Status: fixed', ''].join('\n')
    const {after, ledger} = add(text, {id: 'W3', title: 'Leak'})
    assert.deepEqual(inserted(text, after), {at: 10, lines: ['### W3: Leak', '- Status: open', '']})
    assert.equal(ledger.items.find((item) => item.id === 'W3')?.state, 'open')
    const bare = ['## Issues', '', '### 1.1 Crash', 'Text.', '', '---', '', '### 1.2 Slow', 'More.', '', '---', '', '## Verification', ''].join('\n')
    const result = add(bare, {id: '1.3', title: 'Leak'})
    assert.deepEqual(inserted(bare, result.after), {at: 13, lines: ['### 1.3 Leak', '', '---', '']})
  })

  it('heading items whose fields are lines of their own (`**Status**: …`): the new item writes them the same way', () => {
    const text = ['# Fix Plan', '', '## 1. Crash', '**Status**: ✅ Done', '**Priority**: P1', '', '## 2. Slow', '**Status**: ⏳ Pending', '**Priority**: P2', ''].join('\n')
    const {after} = add(text, {id: '3', title: 'Leak', priority: 'P3'})
    assert.deepEqual(inserted(text, after).lines, ['## 3. Leak', '**Status**: ⏳ Pending', '**Priority**: P3', ''])
  })

  it('table: a row in the table style, other cells emptied; a numbered table takes only numbers', () => {
    const text = ['| # | Severity | Issue | Status |', '|---|---|---|---|', '| 1 | High | Crash | Fixed |', '| 2 | Low | Slow | Open |', ''].join('\n')
    const {after, ledger} = add(text, {id: '3', title: 'Leak | bad'})
    assert.deepEqual(inserted(text, after), {at: 5, lines: ['| 3 |  | Leak \\| bad | Open |']})
    assert.equal(ledger.items.at(-1)?.id, '3')
    const refused = userErrorOf(() => add(text, {id: 'X-1'}))
    assert.equal(refused.hint, 'the next number is 3')
    assert.match(userErrorOf(() => add(text, {id: '3', priority: 'High'})).message, /no place for Priority/)
  })

  it('queue log: the next numbered queue entry, spaced like the others, before the Completed log; a prose file is refused', () => {
    const text = ['## Queue', '', '1. First thing', '   - Verify: `make`', '', '2. Second thing', '', '## Completed', '', '- 2026-01-01: Old thing', ''].join('\n')
    const {after, plan, ledger} = add(text, {id: 'Q-3', title: 'Third thing', priority: 'High'})
    assert.deepEqual(after.split('\n').slice(5, 11), ['2. Second thing', '', '3. Q-3: Third thing', '   - Priority: High', '', '## Completed'])
    assert.equal(plan.line, 8)
    assert.equal(ledger.items.find((item) => item.line === 8)?.state, 'open')
    assert.equal(userErrorOf(() => add(after, {id: 'q-3'})).message, 'Item q-3 already exists in fix_plan.md (line 8)')
    assert.match(userErrorOf(() => add('# Notes\n\nJust prose.\n', {id: 'A-1'})).message, /^item add cannot add to a none fix plan/)
  })
})

describe('planNewItem: items without an ID', () => {
  it('a plain checklist: `- [ ] title` after the last open item, before the Done section', () => {
    const text = ['## Next', '- [ ] Build the homepage', '- [x] Ship search', '', '## Done', '- [x] Old', ''].join('\n')
    const {after, plan, ledger} = add(text, {id: undefined, title: 'Build a user page'})
    assert.deepEqual(inserted(text, after), {at: 4, lines: ['- [ ] Build a user page']})
    assert.equal(plan.line, 4)
    assert.deepEqual([ledger.items[2].id, ledger.items[2].title, ledger.items[2].state], [null, 'Build a user page', 'open'])
  })

  it('--status in a checklist goes in the box, in the file\'s own marker, not in a Status line', () => {
    const text = ['- [ ] Build the homepage', '- [X] Ship search', '- [P] Half done', ''].join('\n')
    assert.deepEqual(inserted(text, add(text, {id: undefined, title: 'Shipped login', status: 'done'}).after).lines, ['- [X] Shipped login'])
    assert.deepEqual(inserted(text, add(text, {id: undefined, title: 'Started', status: 'in_progress'}).after).lines, ['- [P] Started'])
    assert.deepEqual(inserted(text, add(text, {id: undefined, title: 'Open one', status: 'open'}).after).lines, ['- [ ] Open one'])
    // A marker the project configured for partial, as set writes it.
    const configured = ['- [ ] Build the homepage', '- [~] Half done', ''].join('\n')
    assert.deepEqual(inserted(configured, add(configured, {id: undefined, title: 'Begun', status: 'partial', vocabulary: stateVocabularyOf({partial: ['~']})}).after).lines, ['- [~] Begun'])
  })

  it('--after by title, and a numbered queue entry is `N. title` with its fields', () => {
    const text = ['## Queue', '', '1. First thing', '   - Verify: `make`', '', '2. Second thing', '', '## Completed', ''].join('\n')
    const {after} = add(text, {id: undefined, title: 'Between', after: 'First thing', priority: 'High'})
    assert.deepEqual(after.split('\n').slice(2, 9), ['1. First thing', '   - Verify: `make`', '', '2. Between', '   - Priority: High', '', '2. Second thing'])
  })

  it('refuses a title an item already has, a file whose items all carry IDs, and headings and tables', () => {
    const plain = ['- [ ] Build the homepage', ''].join('\n')
    assert.equal(userErrorOf(() => add(plain, {id: undefined, title: 'build the **homepage**'})).message, 'An item titled `build the **homepage**` already exists in fix_plan.md (line 1)')
    const withIds = ['- [ ] **T-1**: first', '- [ ] **T-2**: second', ''].join('\n')
    const refused = userErrorOf(() => add(withIds, {id: undefined, title: 'third'}))
    assert.deepEqual([refused.message, refused.hint], ['No ID given, and every checklist item in fix_plan.md has one', 'give one shaped like the others (T-1, T-2): item add ID --title …'])
    assert.match(userErrorOf(() => add(BRACKETED, {id: undefined})).message, /^item add needs an ID for a heading item/)
    const table = ['| # | Issue | Status |', '|---|---|---|', '| 1 | Crash | Open |', ''].join('\n')
    assert.equal(userErrorOf(() => add(table, {id: undefined})).message, 'item add needs an ID for a table row')
  })
})

describe('planNewItem: --before', () => {
  it('puts a list item, a queue entry or a table row first, taking the number of the one it precedes', () => {
    const checklist = ['## Next', '- [ ] First', '- [ ] Second', ''].join('\n')
    assert.deepEqual(inserted(checklist, add(checklist, {id: undefined, title: 'Zeroth', before: 'First'}).after), {at: 2, lines: ['- [ ] Zeroth']})
    const queue = ['## Queue', '', '1. First thing', '   - Verify: `make`', '', '2. Second thing', ''].join('\n')
    const {after, plan} = add(queue, {id: undefined, title: 'Urgent', before: 'First thing'})
    assert.deepEqual(after.split('\n').slice(2, 6), ['1. Urgent', '', '1. First thing', '   - Verify: `make`'])
    assert.equal(plan.line, 3)
    const table = ['| ID | Issue | Status |', '|---|---|---|', '| B-1 | Crash | Open |', ''].join('\n')
    assert.deepEqual(inserted(table, add(table, {id: 'B-0', title: 'Leak', before: 'B-1'}).after), {at: 3, lines: ['| B-0 | Leak | Open |']})
  })

  it('a heading item goes after the heading item above the named one; before the first it is refused', () => {
    const {after} = add(BRACKETED, {id: 'AUTH-009', title: 'Between', before: 'AUTH-002'})
    const lines = after.split('\n')
    assert.ok(lines.indexOf('## [AUTH-009] Between') < lines.indexOf('## [AUTH-002] Token expiry'))
    assert.ok(lines.indexOf('## [AUTH-009] Between') > lines.indexOf('## [AUTH-001] Login fails'))
    assert.match(userErrorOf(() => add(BRACKETED, {id: 'AUTH-009', before: 'AUTH-001'})).message, /^Cannot place a heading item before the first one \(AUTH-001, line 10\)/)
    assert.equal(userErrorOf(() => add(BRACKETED, {id: 'AUTH-009', before: 'AUTH-002', after: 'AUTH-001'})).message, 'Give --after or --before, not both')
  })
})

describe('planNewItem: a list that says it is empty', () => {
  it('the new item takes the place of a lone `(empty)` / `None` item, numbered like it', () => {
    const queue = ['## Queue', '', '1. (empty)', '', '', '## Completed', '', '- 2026-01-01: Old thing', ''].join('\n')
    const {after, plan} = add(queue, {id: undefined, title: 'New work'})
    assert.deepEqual(after.split('\n').slice(0, 6), ['## Queue', '', '1. New work', '', '', '## Completed'])
    assert.equal(plan.line, 3)
    assert.deepEqual(plan.warnings, ['replaced the placeholder `(empty)` (line 3)'])
    const checklist = ['## Todo', '- [ ] _None_', '', '## Done', '- [x] Old', ''].join('\n')
    assert.deepEqual(add(checklist, {id: undefined, title: 'Fresh'}).after.split('\n').slice(0, 3), ['## Todo', '- [ ] Fresh', ''])
  })

  it('an empty queue gets its first entry under its heading, a blank line kept before the next section', () => {
    const empty = ['## Queue', '', '', '## Completed', '', '- 2026-01-01: Old thing', ''].join('\n')
    const {after, plan} = add(empty, {id: undefined, title: 'First job', priority: 'High'})
    assert.deepEqual(after.split('\n').slice(0, 6), ['## Queue', '', '1. First job', '   - Priority: High', '', '## Completed'])
    assert.equal(plan.line, 3)
    const tight = ['## Queue', '## Completed', '- 2026-01-01: Old thing', ''].join('\n')
    assert.deepEqual(add(tight, {id: undefined, title: 'First job'}).after.split('\n').slice(0, 5), ['## Queue', '', '1. First job', '', '## Completed'])
  })

  it('keeps a placeholder-like item that has neighbours in its list', () => {
    const checklist = ['## Todo', '- [ ] First', '- [ ] None', ''].join('\n')
    assert.deepEqual(inserted(checklist, add(checklist, {id: undefined, title: 'Third'}).after), {at: 4, lines: ['- [ ] Third']})
  })
})

describe('planNewItem: field spellings', () => {
  it('writes --depends-on and --working-plan under the spelling the file uses', () => {
    const text = ['## [A-1] One', '- Dependencies: none', '- Plan: plans/a.md', '- Status: open', ''].join('\n')
    const {after} = add(text, {id: 'A-2', dependsOn: ['A-1'], workingPlan: 'plans/b.md'})
    assert.deepEqual(inserted(text, after).lines, ['## [A-2] New work', '- Dependencies: A-1', '- Plan: plans/b.md', '- Status: open', ''])
  })

  it('takes an ID made of a word and a number, refuses one with markup', () => {
    const text = ['## Work', '', '### Step 1: first', 'Text.', ''].join('\n')
    assert.equal(add(text, {id: 'Step 2'}).ledger.items.at(-1)?.id, 'Step 2')
    assert.match(userErrorOf(() => add(text, {id: '**X-1**'})).message, /cannot be written as an ID/)
  })
})

describe('planNewItem: any title', () => {
  it('only inserts lines, and the item reads back with its ID, line and open state', () => {
    const title = fc.string({minLength: 1, maxLength: 40}).filter((text) => /^[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(text) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(text) && text.trim() === text)
    fc.assert(
      fc.property(title, fc.integer({min: 3, max: 999}), (text, number) => {
        const id = `AUTH-${String(number).padStart(3, '0')}`
        const {after, plan, ledger} = add(BRACKETED, {id, title: text})
        const kept = after.split('\n').filter((line, at) => at + 1 !== plan.indexLine && (at + 1 < plan.line - 1 || at + 1 > plan.line + 5))
        assert.deepEqual(kept, BRACKETED.split('\n'))
        const item = ledger.items.find((candidate) => candidate.id === id)
        assert.equal(item?.state, 'open')
        assert.equal(item?.line, plan.line)
      }),
      {numRuns: 60},
    )
  })
})
