import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {newestEntry, readJournal} from '../../src/ledger/journal.js'
import {scanDocument} from '../../src/ledger/scan.js'

function journalOf(text: string) {
  const doc = createDocument('galph_memory.md', text)
  return readJournal(doc, scanDocument(doc))
}

describe('journal reader', () => {
  it('reads each timestamped heading with its label and first body line', () => {
    const entries = journalOf('# Memory\n\n## 2026-01-22T022725Z\n\nfocus=INIT state=setup\nnotes=x\n\n## 2026-01-22T02:40Z — planning\nfocus=seed\n')
    assert.deepEqual(entries, [
      {timestamp: '2026-01-22T022725Z', label: '', line: 3, firstLine: 'focus=INIT state=setup'},
      {timestamp: '2026-01-22T02:40Z', label: 'planning', line: 8, firstLine: 'focus=seed'},
    ])
  })

  it('leaves out headings without a leading date, and headings inside code fences', () => {
    const entries = journalOf('## Notes\ntext\n```\n## 2026-02-01T000000Z\n```\n### 2025-12-31 23:59: year end\n')
    assert.deepEqual(entries.map((entry) => [entry.timestamp, entry.label, entry.line]), [['2025-12-31 23:59', 'year end', 6]])
  })

  it('gives an entry without a body an empty first line', () => {
    assert.equal(journalOf('## 2026-01-01\n\n## 2026-01-02\nx\n')[0].firstLine, '')
  })

  it('takes the latest timestamp as newest, not the last heading, whatever the spelling', () => {
    const entries = journalOf('## 2026-01-22T043000Z\na\n## 2026-01-22T03:03:19Z\nb\n## 2026-01-21\nc\n')
    assert.equal(newestEntry(entries)?.line, 1)
    // 02:40 is later than 02:27:25 although its digits are fewer.
    assert.equal(newestEntry(journalOf('## 2026-01-22T022725Z\n## 2026-01-22T02:40Z\n'))?.timestamp, '2026-01-22T02:40Z')
    // A day without a time is its start: a timed entry of that day is newer, wherever it sits.
    assert.equal(newestEntry(journalOf('## 2026-01-22T00:10Z\n## 2026-01-22\n'))?.timestamp, '2026-01-22T00:10Z')
  })

  it('takes the later of equal timestamps, and nothing from no entries', () => {
    assert.equal(newestEntry(journalOf('## 2026-01-01 — a\n## 2026-01-01 — b\n'))?.label, 'b')
    assert.equal(newestEntry([]), undefined)
  })
})
