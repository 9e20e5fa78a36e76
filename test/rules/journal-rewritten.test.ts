import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {journalRewritten} from '../../src/rules/journal-rewritten.js'
import type {CheckedFile, RuleContext} from '../../src/rules/rule.js'

const journal = (text: string): CheckedFile => {
  const doc = createDocument('galph_memory.md', text)
  return {role: 'journal', doc, scan: scanDocument(doc)}
}

const check = (before: string, after: string) =>
  journalRewritten.check({journals: [journal(after)], baseline: {plans: [], journals: [journal(before)]}} as unknown as RuleContext).map((report) => `${report.line} ${report.message}`)

const BASE = '# M\n\n## 2026-01-01T000000Z\na=1\n\n## 2026-01-03T000000Z\na=2\n\n## 2026-01-02T000000Z\na=3\n'

describe('journal-rewritten', () => {
  it('accepts new entries and lines appended to the entry written last', () => {
    assert.deepEqual(check(BASE, BASE + '\n## 2026-01-04T000000Z\na=4\n'), [])
    assert.deepEqual(check(BASE, BASE + 'notes=final\n'), [])
  })

  it('reports an edited, a deleted and a moved entry, and lines appended to an older entry', () => {
    assert.deepEqual(check(BASE, BASE.replace('a=2', 'a=two')), ['6 The journal entry of 2026-01-03T000000Z was edited; the journal is append-only'])
    assert.deepEqual(check(BASE, BASE.replace('## 2026-01-03T000000Z\na=2\n\n', '')), ['6 The journal entry of 2026-01-03T000000Z was deleted; the journal is append-only'])
    assert.deepEqual(check(BASE, BASE.replace('a=1\n', 'a=1\nlate=1\n')), ['3 The journal entry of 2026-01-01T000000Z was edited; the journal is append-only'])
    const moved = BASE.replace('## 2026-01-01T000000Z\na=1\n\n', '') + '\n## 2026-01-01T000000Z\na=1\n'
    assert.deepEqual(check(BASE, moved), ['9 The journal entry of 2026-01-01T000000Z was moved; the journal is append-only'])
  })

  it('reports nothing without a baseline version of the journal', () => {
    assert.deepEqual(journalRewritten.check({journals: [journal(BASE)], baseline: {plans: []}} as unknown as RuleContext), [])
  })
})
