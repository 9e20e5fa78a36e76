import type {ProjectConfig} from '../config/project-config.js'
import {parseAssignments} from '../edit/field-assignment.js'
import {requireDateOrTimestamp} from '../edit/iso-date.js'
import {refuseMultiLineFields} from '../edit/multi-line-refusal.js'
import {requireOneLine} from '../edit/one-line-value.js'
import {planSetFields, type FieldChange, type SetFieldsPlan, type UnchangedField} from '../edit/set-fields.js'
import {applyEdits} from '../edit/text-edit.js'
import {findItemOrFail, itemId} from '../ledger/fix-plan/find-item.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'

export interface SetInput {
  item: string
  /** `KEY=VALUE` arguments as typed. */
  assignments: string[]
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
  /** Date for `**Last Updated:**`; undefined leaves it alone (`--no-touch`). */
  lastUpdated?: string
  /** Today, or --date: the date of a log entry a finished queue entry becomes. */
  date?: string
}

export interface SetOutcome {
  change: PlannedChange
  path: string
  item: string
  changes: FieldChange[]
  unchanged: UnchangedField[]
  lastUpdated: SetFieldsPlan['lastUpdated']
  warnings: string[]
  /** Human lines about fields left as they were. */
  notes: string[]
}

/** Reads the fix plan, resolves the item, and plans the field edits (nothing is written here). */
export async function planSetChange(project: ProjectConfig, input: SetInput): Promise<SetOutcome> {
  requireOneLine(input.item, 'ITEM')
  const id = itemId(input.item)
  const assignments = parseAssignments(id, input.assignments)
  if (input.lastUpdated !== undefined) requireDateOrTimestamp(input.lastUpdated)
  const editable = await readEditableFixPlan(project, input.file)
  const {ledger} = editable
  const path = editable.doc.path
  const item = findItemOrFail(ledger, id)
  refuseMultiLineFields(editable.doc, item, assignments)
  if (input.date !== undefined) requireDateOrTimestamp(input.date)
  const plan = planSetFields(ledger, item, assignments, {lastUpdated: input.lastUpdated, date: input.date, vocabulary: stateVocabularyOf(project.config.states)})
  return {
    change: plannedChange(editable, applyEdits(editable.doc.text, plan.edits)),
    path,
    item: id,
    changes: plan.changes,
    unchanged: plan.unchanged,
    lastUpdated: plan.lastUpdated,
    warnings: plan.warnings,
    notes: notesFor(id, plan),
  }
}

function notesFor(id: string, plan: SetFieldsPlan): string[] {
  const nothing = plan.changes.length === 0 ? '; nothing to change' : ''
  const notes = plan.unchanged.map((field) => `${field.key} of ${id} is already ${field.value}${nothing}`)
  for (const change of plan.changes) {
    if (change.from === change.to && change.index) notes.push(`${change.key} of ${id} is already ${change.to}; its index entry (line ${change.index.line}) said ${change.index.from} and is brought in step`)
  }
  return notes
}

