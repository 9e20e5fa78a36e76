import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument, withDocumentEol} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {AttemptEntry, FixPlanLedger} from '../../src/ledger/model.js'

/**
 * How one pair of consecutive ledger versions fares when its new entry is fed to `attempt`:
 * - `exact`: attempt on the old version gives the new version byte for byte;
 * - `exact-with-hand-edits`: the commit also changed other lines (ticked a checklist, rewrote a
 *   summary); attempt on the new version minus its entry gives the new version back;
 * - `placed-elsewhere`: the agent put the entry before the end of the history; attempt appends at the end;
 * - `not-an-append`: no entry was appended, or an existing entry changed too (nothing to reproduce).
 */
export type PairOutcome = 'exact' | 'exact-with-hand-edits' | 'placed-elsewhere' | 'content-differs' | 'not-an-append'

export interface PairResult {
  from: string
  to: string
  outcome: PairOutcome
  detail: string
}

const NOW = new Date('2030-01-01T00:00:00Z')

export function reproduceHistory(folder: string): PairResult[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  const results: PairResult[] = []
  for (let at = 0; at + 1 < names.length; at++) {
    const before = readLedger(folder, names[at])
    const after = readLedger(folder, names[at + 1])
    results.push({from: names[at], to: names[at + 1], ...reproducePair(before, after)})
  }
  return results
}

function readLedger(folder: string, name: string): FixPlanLedger {
  return readFixPlan(createDocument(name, readFileSync(join(folder, name), 'utf8')))
}

interface History {
  owner: string
  entries: AttemptEntry[]
}

function histories(ledger: FixPlanLedger): History[] {
  const all = ledger.items.filter((item) => item.attempts).map((item) => ({owner: item.id ?? item.title, entries: item.attempts!.entries}))
  return ledger.attempts ? [{owner: '', entries: ledger.attempts.entries}, ...all] : all
}

const entryText = (ledger: FixPlanLedger, entry: AttemptEntry) => ledger.doc.text.slice(entry.span.start, entry.span.end)

function reproducePair(before: FixPlanLedger, after: FixPlanLedger): {outcome: PairOutcome; detail: string} {
  const old = new Set(histories(before).flatMap((history) => history.entries.map((entry) => history.owner + '\0' + entryText(before, entry))))
  const added = histories(after).flatMap((history) =>
    history.entries.filter((entry) => !old.has(history.owner + '\0' + entryText(after, entry))).map((entry) => ({history, entry})),
  )
  const countBefore = histories(before).reduce((sum, history) => sum + history.entries.length, 0)
  const countAfter = histories(after).reduce((sum, history) => sum + history.entries.length, 0)
  if (added.length !== 1 || countAfter !== countBefore + 1) {
    return {outcome: 'not-an-append', detail: `${countAfter - countBefore} entries added, ${added.length} new or changed`}
  }
  const {history, entry} = added[0]
  const request = requestFor(after, entry)
  const itemOf = (ledger: FixPlanLedger) => (history.owner === '' ? undefined : ledger.items.find((item) => (item.id ?? item.title) === history.owner))
  const plan = planAttempt(before, itemOf(before), request)
  if (applyEdits(before.doc.text, plan.edits) === after.doc.text) return {outcome: 'exact', detail: `entry at line ${entry.line}`}
  const later = history.entries.length - history.entries.indexOf(entry) - 1
  if (later === 0) {
    const withoutEntry = readFixPlan(createDocument(after.doc.path, removeEntry(after, entry)))
    const fromAfter = applyEdits(withoutEntry.doc.text, planAttempt(withoutEntry, itemOf(withoutEntry), request).edits)
    if (fromAfter === after.doc.text) return {outcome: 'exact-with-hand-edits', detail: `entry at line ${entry.line}; other lines edited by hand in the same commit`}
  }
  if (after.doc.text.includes(withDocumentEol(after.doc, plan.entry))) {
    const where = later > 0 ? `before ${later} later entries` : 'after a section that interrupts the history (planledger appends right after the last entry)'
    return {outcome: 'placed-elsewhere', detail: `entry at line ${entry.line}, ${where}; its text is reproduced byte for byte`}
  }
  return {outcome: 'content-differs', detail: `entry at line ${entry.line}`}
}

/** The caller's part of an entry: its date, label and body, as `attempt --date --label --body` take them. */
function requestFor(ledger: FixPlanLedger, entry: AttemptEntry) {
  const lines = ledger.doc.lines.slice(entry.line - 1, entry.endLine).map((line) => line.text)
  const body =
    entry.style === 'heading'
      ? lines.slice(1).join('\n')
      : [entry.text, ...lines.slice(1).map((line) => line.slice(Math.min(entry.contentColumn, line.length - line.trimStart().length)))].join('\n')
  return {body, date: entry.date, label: entry.label, number: entry.number, now: NOW, artifacts: [], findings: []}
}

/** The text with the entry and the blank lines that separate it from what precedes it removed. */
function removeEntry(ledger: FixPlanLedger, entry: AttemptEntry): string {
  const lines = ledger.doc.lines
  let last = entry.endLine - 1
  while (last > entry.line - 1 && lines[last].text.trim() === '') last--
  let previous = entry.line - 2
  while (previous >= 0 && lines[previous].text.trim() === '') previous--
  const start = previous >= 0 ? lines[previous].end : 0
  return ledger.doc.text.slice(0, start) + ledger.doc.text.slice(lines[last].end)
}
