import {findField, normalizeKey} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import type {FieldAssignment} from './field-assignment.js'
import {appendFields, replaceFieldValue} from './field-line.js'
import {syncIndexEntry, type IndexSync} from './index-sync.js'
import {touchLastUpdated, type LastUpdatedChange} from './last-updated.js'
import {unknownStatusWarning} from './status-vocabulary.js'
import type {TextEdit} from './text-edit.js'

export interface SetOptions {
  /** Written into `**Last Updated:**` when something changes; undefined leaves the header alone. */
  lastUpdated?: string
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
