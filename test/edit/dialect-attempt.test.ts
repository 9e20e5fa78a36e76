import assert from 'node:assert/strict'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {itemsNamed} from '../../src/ledger/fix-plan/find-item.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

const NOW = new Date('2026-12-03T10:00:00Z')

function attempt(text: string, name: string, body: string, date = '2026-12-03') {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const [item] = itemsNamed(ledger.items, name)
  assert.ok(item, `no item ${name}`)
  const plan = planAttempt(ledger, item, {body, date, now: NOW, artifacts: [], findings: []})
  return {plan, after: applyEdits(text, plan.edits)}
}

/** The lines `after` has that `before` lacks, with their 1-based numbers, for insertions only. */
function inserted(before: string, after: string): Array<[number, string]> {
  const a = before.split('\n')
  const b = after.split('\n')
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  const count = b.length - a.length
  assert.deepEqual(b.slice(at + count), a.slice(at), 'only lines inserted')
  return b.slice(at, at + count).map((line, offset) => [at + offset + 1, line])
}

describe('attempt on the item dialects', () => {
  const CHECKLIST = ['## Priority 1', '- [ ] **T-1**: first', '  wrapped text', '- [ ] **T-2**: second', ''].join('\n')

  it('starts a dated nested bullet under a checklist item, then continues it', () => {
    const first = attempt(CHECKLIST, 'T-1', 'tried A\nthen B')
    assert.deepEqual(inserted(CHECKLIST, first.after), [[4, '  - 2026-12-03: tried A'], [5, '    then B']])
    const second = attempt(first.after, 'T-1', 'tried C', '2026-12-04')
    assert.deepEqual(inserted(first.after, second.after), [[6, '  - 2026-12-04: tried C']])
  })

  it('continues an item own dated bullets in their style', () => {
    const text = ['- [ ] CR-1: fix it', '  * [2026-01-02] looked at it', '- [x] CR-2: other', ''].join('\n')
    const {after} = attempt(text, 'CR-1', 'again', '2026-01-05')
    assert.deepEqual(inserted(text, after), [[3, '  * [2026-01-05] looked at it'.replace('looked at it', 'again')]])
  })

  it('gives a heading item an Attempts History field after its opening paragraph', () => {
    const text = ['### W1: Crash', 'What happens.', '', '```', 'code', '```', '', '### W2: Other', 'More.', ''].join('\n')
    const first = attempt(text, 'W1', 'tried it')
    assert.equal(first.after, text.replace('What happens.\n', 'What happens.\n\n- Attempts History:\n  - 2026-12-03: tried it\n'))
    const second = attempt(first.after, 'W1', 'and again')
    assert.deepEqual(inserted(first.after, second.after), [[6, '  - 2026-12-03: and again']])
  })

  it('continues the file log of dated bullets, naming the item, with the log own spacing (CRLF kept)', () => {
    const text = ['## Priority 1', '- [ ] Do the thing', '- [ ] Other thing', '', '## Progress log', '', '- 2026-02-27: Earlier work', '  - Spec: a', '', '- 2026-02-26: Older work', ''].join('\r\n')
    const {after} = attempt(text, 'Do the thing', 'half done')
    assert.equal(after, text.replace('- 2026-02-26: Older work\r\n', '- 2026-02-26: Older work\r\n\r\n- 2026-12-03: Do the thing — half done\r\n'))
  })

  it('does not write into a `## Completed` list whose entries are items: a queue entry gets a nested bullet', () => {
    const text = ['## Queue', '', '1. Do the thing', '   - Verify: `make`', '', '## Completed', '', '- 2026-02-27: Earlier work', ''].join('\n')
    const {after} = attempt(text, 'Do the thing', 'half done')
    assert.equal(after, text.replace('   - Verify: `make`\n', '   - Verify: `make`\n   - 2026-12-03: half done\n'))
  })

  it('starts an `## Attempts log` at the end for a table row, and continues it next time', () => {
    const text = ['| # | Title | Status |', '|---|---|---|', '| 1 | One | Fixed |', '| 2 | Two | Open |', ''].join('\n')
    const first = attempt(text, '2', 'looked')
    assert.equal(first.after, `${text.trimEnd()}\n\n## Attempts log\n\n- 2026-12-03: 2 — looked\n`)
    const second = attempt(first.after, '2', 'again')
    assert.deepEqual(inserted(first.after, second.after), [[9, '- 2026-12-03: 2 — again']])
  })
})
