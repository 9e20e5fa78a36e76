import assert from 'node:assert/strict'
import fc from 'fast-check'
import {planJournalEntry, type JournalRequest} from '../../src/edit/append-journal-entry.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {journalLayout} from '../../src/ledger/journal-layout.js'
import {scanDocument} from '../../src/ledger/scan.js'

const NOW = new Date('2026-11-29T19:45:07Z')

function add(text: string, request: Partial<JournalRequest> & {body: string}) {
  const doc = createDocument('galph_memory.md', text)
  const layout = journalLayout(doc, scanDocument(doc))
  return {layout, after: applyEdits(text, planJournalEntry(doc, layout, {now: NOW, ...request}).edits)}
}

const OLDEST_FIRST = '# Memory\n\n## 2026-01-01T010000Z\na=1\n\n## 2026-01-03T010000Z\na=2\n\n## 2026-01-02T010000Z\na=3\n'

describe('journal layout and new entries', () => {
  it('learns oldest-first by a vote over consecutive pairs, not from the last pair alone', () => {
    const {layout, after} = add(OLDEST_FIRST, {body: 'a=4'})
    assert.equal(layout.order, 'oldest-first')
    assert.equal(after, OLDEST_FIRST + '\n## 2026-11-29T194507Z\na=4\n')
  })

  it('learns newest-first, heading level, `(label)` style and the blank line after headings', () => {
    const text = '# J\n\n### 2026-01-03 10:00 (c)\n\n- three\n\n### 2026-01-02 10:00 (b)\n\n- two\n\n### 2026-01-01 10:00\n\n- one\n'
    const {layout, after} = add(text, {body: '- four', label: 'd'})
    assert.deepEqual([layout.order, layout.headingLevel, layout.labelStyle, layout.blankAfterHeading], ['newest-first', 3, '(label)', true])
    assert.equal(after, text.replace('### 2026-01-03 10:00 (c)', '### 2026-11-29 19:45 (d)\n\n- four\n\n### 2026-01-03 10:00 (c)'))
  })

  it('keeps a dash label style, two-blank-line gaps and CRLF', () => {
    const text = '## 2026-01-01 — a\r\nx\r\n\r\n\r\n## 2026-01-02 — b\r\ny\r\n'
    const {after} = add(text, {body: 'z', label: 'c', date: '2026-01-03'})
    assert.equal(after, text + '\r\n\r\n## 2026-01-03 — c\r\nz\r\n')
  })

  it('starts the first entry after a title-only journal', () => {
    assert.equal(add('# Memory\n', {body: 'a=1', date: '2026-01-01T000000Z'}).after, '# Memory\n\n## 2026-01-01T000000Z\na=1\n')
  })

  it('refuses an empty body and a heading in the body that would start a new entry', () => {
    assert.throws(() => add(OLDEST_FIRST, {body: '  \n'}), UserError)
    assert.throws(() => add(OLDEST_FIRST, {body: 'a=1\n## 2026-02-02T000000Z'}), UserError)
  })

  it('property: only insertions, old entries kept byte for byte, one entry more', () => {
    const line = fc.stringMatching(/^[a-z=_ ]{1,20}$/).filter((text) => text.trim() !== '')
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 4}), (body) => {
        const {after} = add(OLDEST_FIRST, {body: body.join('\n')})
        assert.ok(after.startsWith(OLDEST_FIRST))
        const doc = createDocument('j', after)
        assert.equal(journalLayout(doc, scanDocument(doc)).entries.length, 4)
      }),
      {numRuns: 50},
    )
  })
})
