import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {planAttempt, type AttemptRequest} from '../edit/append-attempt.js'
import {requireDateOrTimestamp} from '../edit/iso-date.js'
import {requireOneLine, requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {findItemOrFail, itemId} from '../ledger/fix-plan/find-item.js'
import type {FixPlanLedger} from '../ledger/model.js'
import type {PlannedChange} from './apply-change.js'
import {artifactInside} from './check/artifact-inside.js'
import {readEditableFindings} from './editable-findings.js'
import {readEditableFixPlan, type EditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'
import {requireKnownFindings} from './check/known-findings.js'
import {isJournal, planJournalChange} from './journal-entry.js'

export interface AttemptInput extends AttemptRequest {
  /** Absent: the file-level history. */
  item?: string
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
}

export interface AttemptOutcome {
  change: PlannedChange
  path: string
  /** Absent for the file-level history. */
  item?: string
  number?: number
  /** `journal` for an entry in a journal (`--file` naming one). */
  style: string
  /** Journals: whether entries are added at the end or the top. */
  order?: 'oldest-first' | 'newest-first'
  /** Where the prefix style was learnt: the item's entries, the file's other items, or the default. */
  styleSource: string
  entry: string
}

export async function planAttemptChange(project: ProjectConfig, input: AttemptInput): Promise<AttemptOutcome> {
  requireOneLineValues({ITEM: input.item, '--label': input.label, '--result': input.result, '--finding': input.findings, '--artifact': input.artifacts})
  if (input.date !== undefined) requireDateOrTimestamp(input.date)
  // The body is many lines by design; only control characters are refused (a NUL would make the file read as binary).
  requireOneLine(input.body, 'the attempt body', {lineBreaks: 'allow'})
  for (const artifact of input.artifacts) artifactInside(project, artifact)
  const editable = await readEditableFixPlan(project, input.file)
  const {ledger} = editable
  const path = editable.doc.path
  if (input.item === undefined && input.file !== undefined && isJournal(project, editable, ledger)) return journalEntry(editable, input)
  const id = input.item === undefined ? undefined : itemId(input.item)
  const item = id === undefined ? undefined : findItemOrFail(ledger, id)
  // Without an ITEM the entry goes to the file's own heading-style history (ledgers without `[ID]` items).
  if (id === undefined && !ledger.attempts) throw missingFileHistory(ledger)
  if (input.findings.length > 0) requireKnownFindings((await readEditableFindings(project)).ledger, input.findings)
  const plan = planAttempt(ledger, item, input)
  return {
    change: plannedChange(editable, applyEdits(editable.doc.text, plan.edits)),
    path,
    item: id,
    number: plan.number,
    style: plan.template.style,
    styleSource: plan.template.source,
    entry: plan.entry,
  }
}

function journalEntry(editable: EditableFixPlan, input: AttemptInput): AttemptOutcome {
  if (input.amend || input.number !== undefined || input.result || input.findings.length > 0 || input.artifacts.length > 0) {
    throw new UserError(`${editable.doc.path} is a journal: it takes --body, --date and --label only`, {path: editable.doc.path, hint: 'write the whole entry in the body; journals are append-only'})
  }
  const journal = planJournalChange(editable, input)
  return {change: journal.change, path: journal.path, style: 'journal', styleSource: 'file', entry: journal.entry, order: journal.order}
}

function missingFileHistory(ledger: FixPlanLedger): UserError {
  const ids = ledger.items.map((item) => item.id)
  return new UserError(`${ledger.doc.path} has no file-level Attempts History; name the item to append to`, {
    hint: ids.length > 0 ? `planledger attempt ${ids[0]} …  (items: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''})` : 'add a `## Attempts History` section, or an `## [ID] Title` item',
  })
}


