import {relative, resolve, sep} from 'node:path'
import type {ProjectConfig} from '../config/project-config.js'
import {planJournalEntry, type JournalRequest} from '../edit/append-journal-entry.js'
import {requireDateOrTimestamp} from '../edit/iso-date.js'
import {requireOneLine, requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {journalLayout} from '../ledger/journal-layout.js'
import type {FixPlanLedger} from '../ledger/model.js'
import type {PlannedChange} from './apply-change.js'
import {plannedChange, type EditableFile} from './editable-ledger.js'

export interface JournalOutcome {
  change: PlannedChange
  path: string
  entry: string
  order: 'oldest-first' | 'newest-first'
}

/**
 * Whether `attempt --file` names a journal rather than a fix plan: one `journals` in
 * .planledger.json lists (default `galph_memory.md`), or a file with neither fix-plan items nor an
 * Attempts History whose headings open with timestamps.
 */
export function isJournal(project: ProjectConfig, editable: EditableFile, ledger: FixPlanLedger): boolean {
  const rootRelative = relative(project.root, resolve(project.cwd, editable.doc.path)).split(sep).join('/')
  if (project.config.journals.includes(rootRelative)) return true
  return ledger.items.length === 0 && !ledger.attempts && journalLayout(editable.doc, editable.scan).entries.length > 0
}

/** One new entry in a journal, in its own order and heading style. */
export function planJournalChange(editable: EditableFile, request: JournalRequest): JournalOutcome {
  requireOneLineValues({'--label': request.label})
  if (request.date !== undefined) requireDateOrTimestamp(request.date)
  requireOneLine(request.body, 'the journal entry body', {lineBreaks: 'allow'})
  const layout = journalLayout(editable.doc, editable.scan)
  const plan = planJournalEntry(editable.doc, layout, request)
  return {change: plannedChange(editable, applyEdits(editable.doc.text, plan.edits)), path: editable.doc.path, entry: plan.entry, order: layout.order}
}
