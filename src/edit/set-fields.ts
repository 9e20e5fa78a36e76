import {findField, normalizeKey} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import type {FieldAssignment} from './field-assignment.js'
import {appendFields, replaceFieldValue} from './field-line.js'
import {syncIndexEntry, type IndexSync} from './index-sync.js'
import {touchLastUpdated, type LastUpdatedChange} from './last-updated.js'
import {unknownStatusWarning} from './status-vocabulary.js'
import {appendItemFields} from './item-field-line.js'
import {planItemStatus} from './item-status.js'
import type {StateVocabulary} from '../ledger/plan/state-marker.js'
import {planQueueEntryDone} from './queue-entry-done.js'
import {fileWordingFor, requestedState} from './status-wording.js'
import {UserError} from '../errors.js'
import {asTableCellText} from './evidence-style.js'
import {replaceCell} from './table-cell-text.js'
import type {TextEdit} from './text-edit.js'

export interface SetOptions {
  /** Written into `**Last Updated:**` when something changes; undefined leaves the header alone. */
  lastUpdated?: string
  /** YYYY-MM-DD (or a timestamp) for a dated log entry a finished queue entry becomes; default: lastUpdated. */
  date?: string
  /** The project's `states`: how the file's status words and markers read, to write a state in the file's own wording. */
  vocabulary?: StateVocabulary
}

/** The item's index entry for a Status / Priority assignment; null when there is none to keep in step. */
export type IndexChange = Omit<IndexSync, 'edit'>

export interface FieldChange {
  /** As the file spells it; as given for an added field. */
  key: string
  /** 1-based line of the field after the change. */
  line: number
  /** Null for an added field; equal to `to` when only the index entry was out of step. */
  from: string | null
  to: string
  index: IndexChange | null
  /** Items without a `Status:` field (checklists, ID headings, tables): where the status was written. */
  target?: 'box' | 'heading-marker' | 'cell' | 'field' | 'index' | 'new-field' | 'log'
}

export interface UnchangedField {
  key: string
  line: number
  value: string
}

export interface SetFieldsPlan {
  edits: TextEdit[]
  changes: FieldChange[]
  /** Fields (and their index entries) that already hold the value: no byte of them changes. */
  unchanged: UnchangedField[]
  lastUpdated: Omit<LastUpdatedChange, 'edit'> | null
  warnings: string[]
}

/**
 * Plans `planledger set`: each assignment replaces the first-line value of the field with that key
 * (matched case-insensitively) or adds the field after the item's last one; Status and Priority
 * keep the item's index entry in step; `**Last Updated:**` moves only when a byte changes.
 */
export function planSetFields(ledger: FixPlanLedger, item: FixPlanItem, assignments: readonly FieldAssignment[], options: SetOptions = {}): SetFieldsPlan {
  const doc = ledger.doc
  const plan: SetFieldsPlan = {edits: [], changes: [], unchanged: [], lastUpdated: null, warnings: []}
  if (ledger.dialect !== 'bracketed-headings') return finish(ledger, planDialectFields(ledger, item, assignments, plan, options), options)
  const entry = ledger.index.find((candidate) => candidate.id === item.id)
  const added: FieldAssignment[] = []
  const addedChanges: FieldChange[] = []

  for (const assignment of assignments) {
    const field = findField(item, assignment.key)
    const which = indexKey(assignment.key)
    const sync = which && entry ? syncIndexEntry(doc, entry, which, assignment.value) : undefined
    if (sync?.edit) plan.edits.push(sync.edit)
    const index = sync ? {line: sync.line, kind: sync.kind, from: sync.from, to: sync.to} : null
    if (field && field.value === assignment.value && !sync?.edit) {
      plan.unchanged.push({key: field.key, line: field.line, value: field.value})
      continue
    }
    if (which === 'status') {
      const warning = unknownStatusWarning(ledger, assignment.value)
      if (warning) plan.warnings.push(warning)
    }
    if (!field) {
      added.push(assignment)
      addedChanges.push({key: assignment.key, line: 0, from: null, to: assignment.value, index})
      continue
    }
    if (field.value !== assignment.value) plan.edits.push(replaceFieldValue(doc, field, assignment.value))
    plan.changes.push({key: field.key, line: field.line, from: field.value, to: assignment.value, index})
  }

  if (added.length > 0) {
    const {edit, firstLine} = appendFields(doc, item, added)
    addedChanges.forEach((change, offset) => (change.line = firstLine + offset))
    pushInsertion(plan.edits, edit)
    appendAll(plan.changes, addedChanges)
  }
  return finish(ledger, plan, options)
}

function finish(ledger: FixPlanLedger, plan: SetFieldsPlan, options: SetOptions): SetFieldsPlan {
  if (plan.edits.length > 0 && options.lastUpdated !== undefined) {
    const touched = touchLastUpdated(ledger, options.lastUpdated)
    if (touched) {
      if (touched.edit) plan.edits.push(touched.edit)
      plan.lastUpdated = {line: touched.line, from: touched.from, to: touched.to}
    }
  }
  return plan
}

function indexKey(key: string): 'status' | 'priority' | undefined {
  const normalized = normalizeKey(key)
  return normalized === 'status' || normalized === 'priority' ? normalized : undefined
}

// New fields go at the end of the last field's line; a value filled into that same (empty) spot joins the insertion.
function pushInsertion(edits: TextEdit[], insertion: TextEdit): void {
  const sharing = edits.find((edit) => edit.start === insertion.start && edit.end === insertion.start)
  if (sharing) sharing.text += insertion.text
  else edits.push(insertion)
}

/**
 * `set` on an item of the §4 dialects: Status goes where the item keeps it (planItemStatus), a
 * summary table naming the item is kept in step in its own wording, other keys edit an existing
 * `Key:` line or add one (appendItemFields). Table rows have only their cells: other keys are refused.
 */
function planDialectFields(ledger: FixPlanLedger, item: FixPlanItem, assignments: readonly FieldAssignment[], plan: SetFieldsPlan, options: SetOptions): SetFieldsPlan {
  const doc = ledger.doc
  const added: FieldAssignment[] = []
  const addedChanges: FieldChange[] = []
  for (const assignment of assignments) {
    if (indexKey(assignment.key) === 'status') {
      const date = options.date ?? options.lastUpdated
      const moved = item.kind === 'queue-entry' && requestedState(assignment.value) === 'done' && date !== undefined ? planQueueEntryDone(ledger, item, date) : undefined
      if (moved) {
        appendAll(plan.edits, moved.edits)
        plan.changes.push({key: 'Status', line: moved.line, from: item.status ?? item.state, to: 'done', index: null, target: 'log'})
        continue
      }
      const write = planItemStatus(ledger, item, assignment.value, options.vocabulary)
      const index = write.target === 'index' || write.target === 'cell' ? null : syncSummaryRow(ledger, item, assignment.value, plan, options.vocabulary)
      if (write.target === 'new-field') {
        added.push({...assignment, value: write.to})
        addedChanges.push({key: assignment.key, line: 0, from: null, to: write.to, index, target: 'new-field'})
        continue
      }
      if (!write.edit && !index?.edit) {
        plan.unchanged.push({key: 'Status', line: write.line, value: write.to})
        continue
      }
      if (write.edit) plan.edits.push(write.edit)
      plan.changes.push({key: 'Status', line: write.line, from: write.from, to: write.to, index: index && {line: index.line, kind: index.kind, from: index.from, to: index.to}, target: write.target})
      continue
    }
    if (item.kind === 'table-row') {
      throw new UserError(`${item.id ?? item.title} is a table row: only its Status can be set, not \`${assignment.key}\``, {path: doc.path, line: item.line, hint: 'edit the other cells by hand, or set Status=…'})
    }
    const field = findField(item, assignment.key)
    if (field && field.value === assignment.value) {
      plan.unchanged.push({key: field.key, line: field.line, value: field.value})
    } else if (field) {
      plan.edits.push(replaceFieldValue(doc, field, assignment.value))
      plan.changes.push({key: field.key, line: field.line, from: field.value, to: assignment.value, index: null})
    } else {
      added.push(assignment)
      addedChanges.push({key: assignment.key, line: 0, from: null, to: assignment.value, index: null})
    }
  }
  if (added.length > 0) {
    const {edit, firstLine} = appendItemFields(doc, item, added)
    addedChanges.forEach((change, offset) => (change.line = firstLine + offset))
    pushInsertion(plan.edits, edit)
    appendAll(plan.changes, addedChanges)
  }
  return plan
}

/** The status cell of a summary table row naming the item (not the item's own row), in the column's wording. */
function syncSummaryRow(ledger: FixPlanLedger, item: FixPlanItem, value: string, plan: SetFieldsPlan, vocabulary?: StateVocabulary): IndexSync | null {
  if (item.id === null) return null
  const entry = ledger.index.find((candidate) => candidate.id === item.id && candidate.line !== item.line)
  if (!entry) return null
  const state = requestedState(value)
  const wording = state === undefined ? value : (fileWordingFor(state, ledger.index.map((other) => other.status), vocabulary) ?? value)
  if (!entry.statusSpan) return null
  const to = asTableCellText(wording)
  const replaced = entry.kind === 'table' ? replaceCell(ledger.doc, entry.statusSpan, to) : syncIndexEntry(ledger.doc, entry, 'status', wording)!
  const sync: IndexSync = {line: entry.line, kind: entry.kind, from: replaced.from, to: entry.kind === 'table' ? to : wording, ...(replaced.edit && {edit: replaced.edit})}
  if (sync.edit) plan.edits.push(sync.edit)
  return sync
}
