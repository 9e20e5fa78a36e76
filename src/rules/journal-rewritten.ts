import type {LedgerDocument} from '../ledger/document.js'
import {journalLayout, type JournalBlock} from '../ledger/journal-layout.js'
import type {CheckedFile, Rule, RuleReport} from './rule.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'
import {diffHistory, forgiveAmendedNewest, type HistoryChange} from './support/history-diff.js'

/**
 * Journals (`journals` in .planledger.json, default galph_memory.md) are append-only: against the
 * baseline, an existing entry edited, deleted or moved is reported. New entries are fine wherever
 * they stand, and so are lines appended to the entry written last (the one at the end the journal
 * adds to: its last, or its first when newest-first).
 */
export const journalRewritten: Rule = {
  id: 'journal-rewritten',
  description: 'An existing journal entry (galph_memory.md) was edited, deleted or reordered (needs --staged or --since)',
  defaultSeverity: 'error',
  needs: ['baseline'],
  // Journals are no fix plan: whatever the fix plan's dialect, the rule reads only the journals.
  dialects: ANY_DIALECT,
  check(context) {
    const before = new Map((context.baseline?.journals ?? []).map((file) => [file.doc.path, file]))
    return (context.journals ?? []).flatMap((file) => {
      const old = before.get(file.doc.path)
      return old ? compare(old, file) : []
    })
  },
}

function compare(before: CheckedFile, after: CheckedFile): RuleReport[] {
  const oldLayout = journalLayout(before.doc, before.scan)
  const oldEntries = oldLayout.entries
  const newEntries = journalLayout(after.doc, after.scan).entries
  const baseline = oldEntries.map((entry) => ({text: entryText(before.doc, entry)}))
  const current = newEntries.map((entry) => ({text: entryText(after.doc, entry)}))
  const writtenLast = oldLayout.order === 'newest-first' ? 0 : oldEntries.length - 1
  const changes = diffHistory(baseline, forgiveAmendedNewest(baseline, current, writtenLast))
  return changes.map((change) => report(after.doc.path, change, oldEntries, newEntries))
}

function report(path: string, change: HistoryChange, oldEntries: JournalBlock[], newEntries: JournalBlock[]): RuleReport {
  const at = change.current === undefined ? undefined : newEntries[change.current]
  const where = {path, line: at?.line ?? 1}
  switch (change.kind) {
    case 'edited':
      return {...where, message: `The journal entry of ${oldEntries[change.baseline].timestamp} was edited; the journal is append-only`, hint: 'restore the entry as it was and add a new entry instead'}
    case 'moved':
      return {...where, message: `The journal entry of ${oldEntries[change.baseline].timestamp} was moved; the journal is append-only`, hint: 'put the entries back in their order'}
    case 'deleted': {
      const stamps = change.baseline.map((index) => oldEntries[index].timestamp)
      const what = stamps.length === 1 ? `The journal entry of ${stamps[0]} was deleted` : `${stamps.length} journal entries were deleted (${stamps[0]} to ${stamps[stamps.length - 1]})`
      return {...where, message: `${what}; the journal is append-only`, hint: 'restore the deleted entries'}
    }
  }
}

/** Heading through the entry's last non-blank line, line endings aside. */
function entryText(doc: LedgerDocument, entry: JournalBlock): string {
  return doc.lines.slice(entry.line - 1, entry.endLine).map((line) => line.text).join('\n').trimEnd()
}
