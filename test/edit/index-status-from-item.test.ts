import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {indexStatusFromItem} from '../../src/edit/index-status-from-item.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {repoRoot} from '../support/corpus.js'

const LIST_INDEX = readFileSync(join(repoRoot, 'test/fixtures/set/list-index.md'), 'utf8')

/** The text after copying the item's status into the index entry of `id`; the text itself when nothing changes. */
function synced(text: string, id: string): string {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const entry = ledger.index.find((candidate) => candidate.id === id)!
  const item = ledger.items.find((candidate) => candidate.id === id)!
  const fix = indexStatusFromItem(ledger, entry, item)
  return fix ? applyEdits(text, [fix.edit]) : text
}

function bracketed(rows: string[], items: Array<[string, string]>): string {
  const index = ['| ID | Title | Status |', '| --- | --- | --- |', ...rows]
  const bodies = items.flatMap(([id, status]) => ['', `## [${id}] Title of ${id}`, '- Priority: High', `- Status: ${status}`])
  return ['# Fix Plan', '', '**Last Updated:** 2026-11-20', '', '## Index', '', ...index, ...bodies, ''].join('\n')
}

describe('indexStatusFromItem', () => {
  it('writes the item status into the index cell, and only that cell', () => {
    const text = bracketed(['| A-1 | First | pending |', '| B-2 | Second | done |'], [['A-1', 'in_progress'], ['B-2', 'done']])
    assert.equal(synced(text, 'A-1'), text.replace('| A-1 | First | pending |', '| A-1 | First | in_progress |'))
  })

  it('leaves an entry that already agrees byte for byte alone', () => {
    const text = bracketed(['| A-1 | First | in_progress |'], [['A-1', 'in_progress']])
    assert.equal(synced(text, 'A-1'), text)
  })

  it('leaves an entry that says the same status in markup or a link alone, as index-mismatch reads it', () => {
    for (const cell of ['_done_', '**Done**', '[done](#a-1)', '`done`']) {
      const text = bracketed([`| A-1 | First | ${cell} |`], [['A-1', 'done']])
      assert.equal(synced(text, 'A-1'), text, cell)
    }
  })

  it('copies only the leading word of a long item status, in the spelling the index already uses for it', () => {
    const long = bracketed(['| A-1 | First | pending |'], [['A-1', 'done — see reports/2026-11-20/summary.md']])
    assert.equal(synced(long, 'A-1'), long.replace('| First | pending |', '| First | done |'))
    const bold = bracketed(['| A-1 | First | pending |', '| B-2 | Second | **done** |'], [['A-1', 'done (2026-11-20)'], ['B-2', 'done']])
    assert.equal(synced(bold, 'A-1'), bold.replace('| First | pending |', '| First | **done** |'))
  })

  it('keeps an aligned table aligned', () => {
    const text = bracketed(['| A-1 | First | pending      |'], [['A-1', 'done']])
    assert.equal(synced(text, 'A-1'), text.replace('| pending      |', '| done         |'))
  })

  it('rewrites the Status value of a list index, keeping its bold key', () => {
    const text = LIST_INDEX.replace('- Status: pending', '- Status: blocked')
    assert.equal(synced(text, 'DOCS-002'), text.replace('**Status:** pending', '**Status:** blocked'))
  })

  it('keeps CRLF line endings', () => {
    const text = bracketed(['| A-1 | First | pending |'], [['A-1', 'done']]).replace(/\n/g, '\r\n')
    assert.equal(synced(text, 'A-1'), text.replace('| First | pending |', '| First | done |'))
  })

  describe('other dialects: by state, in the index\u2019s wording', () => {
    const headings = (marker: string, cells: string[]) =>
      ['# Fixes', '', `### W1: first ${marker}`, '', '### W2: second', '**Status:** in progress', '', '### W3: third', '', '| ID | Status |', '| --- | --- |', ...cells, ''].join('\n')

    it('uses the wording other rows use for the state', () => {
      const text = headings('✅', ['| W1 | OPEN |', '| W2 | IN PROGRESS |', '| W3 | FIXED |'])
      assert.equal(synced(text, 'W1'), text.replace('| W1 | OPEN |', '| W1 | FIXED |'))
    })

    it('else the item\u2019s own word, when it is one', () => {
      const text = headings('', ['| W1 | open |', '| W2 | Open |', '| W3 | Open |'])
      assert.equal(synced(text, 'W2'), text.replace('| W2 | Open |', '| W2 | in progress |'))
    })

    it('else the state\u2019s name in the letter case of the index', () => {
      const text = headings('✅', ['| W1 | OPEN |', '| W2 | OPEN |', '| W3 | OPEN |'])
      assert.equal(synced(text, 'W1'), text.replace('| W1 | OPEN |', '| W1 | DONE |'))
    })
  })
})

describe('indexStatusFromItem leaves other spellings of the same status alone', () => {
  it('same leading word (this format), same state (the others)', () => {
    const text = bracketed(['| A-1 | First | **Done** ✅ |', '| B-2 | Second | done |', '| C-3 | Third | done |'], [['A-1', 'done'], ['B-2', 'done'], ['C-3', 'done']])
    assert.equal(synced(text, 'A-1'), text)
    const headings = ['# Fixes', '', '### W1: first ✅', '', '### W2: second', '', '| ID | Status |', '| --- | --- |', '| W1 | Fixed |', '| W2 | open |', ''].join('\n')
    assert.equal(synced(headings, 'W1'), headings)
  })
})

describe('indexStatusFromItem on a checklist with a summary table', () => {
  it('writes the state, not the box\u2019s mark', () => {
    const text = ['# Fix Plan', '', '- [x] **T-1**: first', '- [ ] **T-2**: second', '', '| ID | Status |', '| --- | --- |', '| T-1 | open |', '| T-2 | open |', ''].join('\n')
    assert.equal(synced(text, 'T-1'), text.replace('| T-1 | open |', '| T-1 | done |'))
  })
})
