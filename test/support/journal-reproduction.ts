import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planJournalEntry} from '../../src/edit/append-journal-entry.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument, type LedgerDocument} from '../../src/ledger/document.js'
import {journalLayout, type JournalBlock} from '../../src/ledger/journal-layout.js'
import {scanDocument} from '../../src/ledger/scan.js'

/**
 * How one pair of consecutive journal versions fares when its one new entry is fed to
 * `attempt --file`: `exact` (the new version byte for byte), `differs`, or `not-an-append` (not
 * exactly one entry added with every old one kept as it was).
 */
export interface JournalPairResult {
  from: string
  to: string
  outcome: 'exact' | 'differs' | 'not-an-append'
}

const NOW = new Date('2030-01-01T00:00:00Z')

export function reproduceJournal(folder: string): JournalPairResult[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  const results: JournalPairResult[] = []
  for (let at = 0; at + 1 < names.length; at++) {
    const before = read(folder, names[at])
    const after = read(folder, names[at + 1])
    results.push({from: names[at], to: names[at + 1], outcome: reproducePair(before, after)})
  }
  return results
}

function read(folder: string, name: string): {doc: LedgerDocument; entries: JournalBlock[]} {
  const doc = createDocument(name, readFileSync(join(folder, name), 'utf8'))
  return {doc, entries: journalLayout(doc, scanDocument(doc)).entries}
}

const textOf = (doc: LedgerDocument, entry: JournalBlock) => doc.lines.slice(entry.line - 1, entry.endLine).map((line) => line.text).join('\n')

function reproducePair(before: {doc: LedgerDocument; entries: JournalBlock[]}, after: {doc: LedgerDocument; entries: JournalBlock[]}): JournalPairResult['outcome'] {
  const old = before.entries.map((entry) => textOf(before.doc, entry))
  const now = new Set(after.entries.map((entry) => textOf(after.doc, entry)))
  const added = after.entries.filter((entry) => !old.includes(textOf(after.doc, entry)))
  if (added.length !== 1 || after.entries.length !== before.entries.length + 1 || !old.every((text) => now.has(text))) return 'not-an-append'
  const entry = added[0]
  const lines = after.doc.lines.slice(entry.line - 1, entry.endLine).map((line) => line.text)
  const label = entry.label.replace(/^\((.*)\)$/, '$1')
  const request = {body: lines.slice(1).join('\n'), date: entry.timestamp, label: label === '' ? undefined : label, now: NOW}
  const plan = planJournalEntry(before.doc, journalLayout(before.doc, scanDocument(before.doc)), request)
  return applyEdits(before.doc.text, plan.edits) === after.doc.text ? 'exact' : 'differs'
}
