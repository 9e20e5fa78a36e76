import {isArchivedStub} from '../ledger/fix-plan/settled-item.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {AttemptEntry, AttemptsHistory, FixPlanLedger} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {firstById} from './support/first-by-id.js'
import {diffHistory, forgiveAmendedNewest, type HistoryChange} from './support/history-diff.js'
import type {Rule, RuleReport} from './rule.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'

/**
 * Attempts History is append-only: against the baseline (HEAD under --staged, REV under --since),
 * an existing entry edited, deleted or moved is reported; new entries are fine wherever they stand,
 * and so are lines appended to the newest entry (`attempt --amend`).
 * Items that disappeared or became archived stubs were moved to the archive, not rewritten.
 */
export const historyRewritten: Rule = {
  id: 'history-rewritten',
  description: 'An existing Attempts History entry was edited, deleted or reordered (needs --staged or --since)',
  defaultSeverity: 'error',
  dialects: WITH_ATTEMPTS,
  needs: ['fix-plan', 'baseline'],
  check(context) {
    const current = context.fixPlan
    const before = context.baseline?.fixPlan
    if (!current || !before) return []
    const reports: RuleReport[] = []
    const items = firstById(current.items)
    for (const [id, old] of firstById(before.items)) {
      const item = items.get(id)
      if (!item || !old.attempts || isArchivedStub(item)) continue
      appendAll(reports, compare(before, old.attempts, current, item.attempts, `[${id}]`, item.line))
    }
    if (before.attempts) appendAll(reports, compare(before, before.attempts, current, current.attempts, "the file's Attempts History", 1))
    return reports
  },
}

function compare(before: FixPlanLedger, old: AttemptsHistory, after: FixPlanLedger, now: AttemptsHistory | undefined, owner: string, ownerLine: number): RuleReport[] {
  const oldEntries = old.entries
  const newEntries = now?.entries ?? []
  const baseline = oldEntries.map((entry) => ({text: entryText(before.doc, entry), number: entry.number}))
  const current = newEntries.map((entry) => ({text: entryText(after.doc, entry), number: entry.number}))
  const changes = diffHistory(baseline, forgiveAmendedNewest(baseline, current))
  const fallbackLine = now?.line ?? ownerLine
  return changes.map((change) => report(after.doc.path, change, oldEntries, newEntries, owner, fallbackLine))
}

function report(path: string, change: HistoryChange, oldEntries: AttemptEntry[], newEntries: AttemptEntry[], owner: string, fallbackLine: number): RuleReport {
  const at = change.current === undefined ? undefined : newEntries[change.current]
  const where = {path, line: at?.line ?? fallbackLine, column: at ? at.indent + 1 : 1}
  const ofOwner = owner.startsWith('[') ? `of ${owner}` : `in ${owner}`
  switch (change.kind) {
    case 'edited':
      return {...where, message: `${capitalised(nameOf(oldEntries[change.baseline]))} ${ofOwner} was edited; the Attempts History is append-only`, hint: 'restore the entry as it was and append a new entry instead'}
    case 'moved':
      return {...where, message: `${capitalised(nameOf(oldEntries[change.baseline]))} ${ofOwner} was moved; the Attempts History is append-only`, hint: 'put the entries back in their order'}
    case 'deleted': {
      const names = change.baseline.map((index) => nameOf(oldEntries[index]))
      const what = names.length === 1 ? `${capitalised(names[0])} ${ofOwner} was deleted` : `${names.length} entries ${ofOwner} were deleted (${names[0]} to ${names[names.length - 1]})`
      return {...where, message: `${what}; the Attempts History is append-only`, hint: 'restore the deleted entries; archive whole items with `planledger archive`'}
    }
  }
}

/** The entry as written, line through endLine, without trailing blank lines or line-ending differences. */
function entryText(doc: LedgerDocument, entry: AttemptEntry): string {
  const lines: string[] = []
  for (let at = entry.line - 1; at < entry.endLine && at < doc.lines.length; at++) lines.push(doc.lines[at].text)
  return lines.join('\n').trimEnd()
}

/** `Attempt #7`, `the entry of 2026-01-13T202358Z`, or its first words. */
function nameOf(entry: AttemptEntry): string {
  if (entry.number !== undefined) return `Attempt #${entry.number}`
  if (entry.date !== undefined) return `the entry of ${entry.date}`
  const text = entry.text.trim()
  return `the entry "${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
