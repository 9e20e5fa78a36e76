import type {ProjectConfig} from '../config/project-config.js'
import {UserError} from '../errors.js'
import {planBlockAdd, planBlockSet, type BlockEdit} from '../edit/field-block.js'
import {planBlockDone, type EntryChoice} from '../edit/field-done.js'
import {requireDateOrTimestamp} from '../edit/iso-date.js'
import {touchLastUpdated, type LastUpdatedChange} from '../edit/last-updated.js'
import {requireOneLine} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {isAttemptsHistoryKey} from '../ledger/fix-plan/attempt-history.js'
import {fieldBody} from '../ledger/fix-plan/field-body.js'
import {findItemOrFail, itemId} from '../ledger/fix-plan/find-item.js'
import {normalizeKey} from '../ledger/fix-plan/item-fields.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {Field, FixPlanItem} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {shownInput} from '../shown-input.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'

export type FieldAction = {kind: 'set'; text: string} | {kind: 'add'; text: string} | ({kind: 'done'} & EntryChoice)

export interface FieldInput {
  item: string
  key: string
  action: FieldAction
  file?: string
  /** Date for `**Last Updated:**`; undefined leaves it alone. */
  lastUpdated?: string
  /** Number written into an `(Attempt #N)` done mark; default the item's highest attempt. */
  attempt?: number
}

export interface FieldOutcome {
  change: PlannedChange
  path: string
  item: string
  /** The key as the file spells it. */
  key: string
  line: number
  action: FieldAction['kind']
  /** The entry added or marked done (1-based position, first line); null for --set. */
  entry: {position: number; line: number} | null
  /** The field's text before and after, as `show` prints it. */
  from: string
  to: string
  lastUpdated: Omit<LastUpdatedChange, 'edit'> | null
  notes: string[]
}

/** Plans `planledger field`: one edit to one field's block, and Last Updated when a byte changes. */
export async function planFieldChange(project: ProjectConfig, input: FieldInput): Promise<FieldOutcome> {
  requireOneLine(input.item, 'ITEM')
  requireOneLine(input.key, 'KEY')
  if (input.lastUpdated !== undefined) requireDateOrTimestamp(input.lastUpdated)
  const editable = await readEditableFixPlan(project, input.file)
  const {ledger, doc} = editable
  const item = findItemOrFail(ledger, itemId(input.item))
  const field = fieldOrFail(item, input.key, doc.path)
  const notes: string[] = []
  let planned: BlockEdit
  if (input.action.kind === 'set') planned = planBlockSet(doc, field, input.action.text)
  else if (input.action.kind === 'add') planned = planBlockAdd(doc, field, input.action.text)
  else {
    const done = planBlockDone(doc, field, input.action, input.attempt ?? highestAttempt(item))
    if (done.already) notes.push(`entry ${done.entry.position} of ${field.key} (line ${done.entry.line}) is already done; nothing to change`)
    planned = done
  }
  let after = applyEdits(doc.text, planned.edits)
  let lastUpdated: FieldOutcome['lastUpdated'] = null
  if (after !== doc.text && input.lastUpdated !== undefined) {
    const touched = touchLastUpdated(ledger, input.lastUpdated)
    if (touched) {
      lastUpdated = {line: touched.line, from: touched.from, to: touched.to}
      if (touched.edit) after = applyEdits(doc.text, [...planned.edits, touched.edit])
    }
  }
  const changed = await reread(project, doc.path, after, item, field)
  return {
    change: plannedChange(editable, after),
    path: doc.path,
    item: item.id ?? item.title,
    key: field.key,
    line: field.line,
    action: input.action.kind,
    entry: planned.entry ?? null,
    from: fieldBody(doc, field),
    to: changed ? fieldBody(changed.doc, changed.field) : '',
    lastUpdated,
    notes,
  }
}

function fieldOrFail(item: FixPlanItem, key: string, path: string): Field {
  if (isAttemptsHistoryKey(key)) throw new UserError(`\`${key}\` is not edited with planledger field`, {hint: `append entries with planledger attempt ${item.id ?? `@${item.line}`}`})
  const atLine = /^@(\d+)$/.exec(key.trim())
  const matching = atLine ? item.fields.filter((candidate) => candidate.line === Number(atLine[1])) : item.fields.filter((candidate) => normalizeKey(candidate.key) === normalizeKey(key))
  if (matching.length === 1) return matching[0]
  if (matching.length > 1) {
    // Editing the first of two same-named fields would leave the reader guessing which one changed.
    const lines = matching.map((candidate) => `@${candidate.line}`)
    throw new UserError(`\`${item.id ?? item.title}\` has ${matching.length} fields \`${matching[0].key}\` (lines ${matching.map((candidate) => candidate.line).join(', ')})`, {path, hint: `name one by its line instead of its key: ${lines.join(' or ')}`})
  }
  const keys = item.fields.map((candidate) => candidate.key)
  throw new UserError(`\`${item.id ?? item.title}\` has no field \`${shownInput(key)}\` in ${path}`, {
    path,
    line: item.line,
    hint: didYouMean(suggestClosest(key, keys)) ?? (keys.length > 0 ? `its fields: ${keys.join(', ')}; add a one-line field with planledger set` : 'add a field with planledger set'),
  })
}

function highestAttempt(item: FixPlanItem): number | undefined {
  const numbers = (item.attempts?.entries ?? []).flatMap((entry) => (entry.number === undefined ? [] : [entry.number]))
  return numbers.length > 0 ? Math.max(...numbers) : undefined
}

// The field as the edited text reads: what `show` will print from now on.
async function reread(project: ProjectConfig, path: string, text: string, item: FixPlanItem, field: Field): Promise<{doc: LedgerDocument; field: Field} | undefined> {
  const [{createDocument}, {scanDocument}, {readFixPlan}, {fixPlanReadOptions}] = await Promise.all([
    import('../ledger/document.js'),
    import('../ledger/scan.js'),
    import('../ledger/fix-plan/fix-plan.js'),
    import('./fix-plan-options.js'),
  ])
  const doc = createDocument(path, text)
  const ledger = readFixPlan(doc, scanDocument(doc), fixPlanReadOptions(project.config))
  const again = ledger.items.find((candidate) => candidate.id === item.id && candidate.title === item.title)
  // Edits never move the key line: the header above keeps its line count.
  const found = again?.fields.find((candidate) => candidate.line === field.line)
  return found ? {doc, field: found} : undefined
}
