import {UserError} from '../errors.js'
import {findItemOrFail} from '../ledger/fix-plan/find-item.js'
import type {FixPlanItem, FixPlanLedger, ItemKind} from '../ledger/model.js'
import {scanDocument, type ScanResult} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'
import {planHeadingItem} from './new-heading-item.js'
import {lastActiveItem} from './new-item-anchor.js'
import {keyOf, type GivenField} from './new-item-fields.js'
import {idShapeMismatch} from './new-item-id-shape.js'
import type {NewItemRequest, PlacedItem} from './new-item-types.js'
import {planChecklistItem} from './new-list-item.js'
import {planQueueEntry} from './new-queue-entry.js'
import {planTableItem} from './new-table-item.js'
import {requireOneLineValues} from './one-line-value.js'

export interface NewItemPlan extends PlacedItem {
  warnings: string[]
}

// The item kinds each dialect adds (a queue log: a queue entry, never a log entry); prose files get none.
const KINDS: Partial<Record<FixPlanLedger['dialect'], ItemKind>> = {
  'bracketed-headings': 'heading',
  'id-headings': 'heading',
  checklist: 'checklist',
  table: 'table-row',
  'queue-log': 'queue-entry',
}

/** Plans a new fix-plan item in the file's own dialect and style (nothing is written here). */
export function planNewItem(ledger: FixPlanLedger, request: NewItemRequest, scan: ScanResult = scanDocument(ledger.doc)): NewItemPlan {
  checkRequest(ledger, request)
  const kind = KINDS[ledger.dialect]
  if (kind === undefined) {
    throw new UserError(`item add cannot add to a ${ledger.dialect} fix plan (${ledger.doc.path})`, {
      path: ledger.doc.path,
      hint: 'start the file with one item by hand, then add the next ones with item add',
    })
  }
  const anchor = anchorOf(ledger, request, kind, scan)
  const warnings: string[] = []
  const ids = ledger.items.flatMap((item) => (item.kind === kind && item.id !== null ? [item.id] : []))
  const mismatch = idShapeMismatch(request.id, ids)
  if (mismatch) warnings.push(mismatch)
  const status = request.status ?? defaultStatus(ledger)
  const given = givenFields({...request, status: request.status ?? (everyItemHasStatus(ledger, kind) ? status : undefined)})
  if (kind === 'table-row') {
    const lost = given.filter((field) => keyOf(field.key) !== 'status')
    if (lost.length > 0) throw new UserError(`A table fix plan has no place for ${lost.map((field) => field.key).join(', ')}`, {path: ledger.doc.path, hint: 'add them to the row by hand, or leave those flags out'})
    return {...planTableItem(ledger, anchor, request, status), warnings}
  }
  if (kind === 'checklist') return {...planChecklistItem(ledger, anchor, request, given), warnings}
  if (kind === 'queue-entry') return {...planQueueEntry(ledger, anchor, request, given), warnings}
  return {...planHeadingItem(ledger, anchor, {...request, status}, given), warnings}
}

function checkRequest(ledger: FixPlanLedger, request: NewItemRequest): void {
  requireOneLineValues({ID: request.id, '--title': request.title, '--priority': request.priority, '--status': request.status, '--working-plan': request.workingPlan, '--depends-on': request.dependsOn.join(', ')})
  if (!/^[^\s[\]|*`#](?:[^\n[\]|*`#]*[^\s[\]|*`#])?$/.test(request.id)) throw new UserError(`Item ID \`${shownInput(request.id)}\` cannot be written as an ID`, {hint: 'use letters, digits and - . _ / (e.g. TEST-PYTORCH-002)'})
  if (request.title.trim() === '') throw new UserError(`No --title for ${shownInput(request.id)}`, {hint: 'say in one line what the item is: --title "…"'})
  const lowered = request.id.toLowerCase()
  // Queue entries have no ID field: one whose text opens with `ID:` is that ID.
  const named = (item: FixPlanItem) => (item.id ?? item.title.split(':')[0]).toLowerCase() === lowered
  const existing = ledger.items.find(named) ?? ledger.index.find((entry) => entry.id.toLowerCase() === lowered)
  if (existing) {
    throw new UserError(`Item ${existing.id ?? request.id} already exists in ${ledger.doc.path} (line ${existing.line})`, {path: ledger.doc.path, line: existing.line, hint: 'pick another ID, or edit the existing item with planledger set'})
  }
}

function anchorOf(ledger: FixPlanLedger, request: NewItemRequest, kind: ItemKind, scan: ScanResult): FixPlanItem {
  const anchor = request.after === undefined ? lastActiveItem(ledger, [kind], scan.headings) : findItemOrFail(ledger, request.after)
  if (!anchor) throw new UserError(`No ${kind} items in ${ledger.doc.path} to place a new one after`, {path: ledger.doc.path, hint: 'add the first item by hand'})
  if (anchor.kind !== kind) throw new UserError(`--after ${shownInput(request.after ?? '')} names a ${anchor.kind} (line ${anchor.line}), not a ${kind} item`, {path: ledger.doc.path, line: anchor.line, hint: 'name an item of the same kind'})
  return anchor
}

// Status text written as words (not a box or an emoji marker) that a new item can copy.
const WORDED_SOURCES = new Set(['field', 'cell', 'index'])

/** The status word an open item of this file carries (`pending`, `open`, `TODO`), else `pending`. */
function defaultStatus(ledger: FixPlanLedger): string {
  return ledger.items.find((item) => item.state === 'open' && WORDED_SOURCES.has(item.statusSource) && item.status)?.status ?? 'pending'
}

function everyItemHasStatus(ledger: FixPlanLedger, kind: ItemKind): boolean {
  const items = ledger.items.filter((item) => item.kind === kind)
  return items.length > 0 && items.every((item) => item.statusSource === 'field' || item.fields.some((field) => keyOf(field.key) === 'status'))
}

/** The fields the user gave, under their usual spellings, in the usual order. */
function givenFields(request: NewItemRequest): GivenField[] {
  const fields: Array<[string, string | undefined]> = [
    ['Depends on', request.dependsOn.length > 0 ? request.dependsOn.join(', ') : undefined],
    ['Priority', request.priority],
    ['Status', request.status],
    ['Working Plan', request.workingPlan],
  ]
  return fields.flatMap(([key, value]) => (value === undefined ? [] : [{key, value}]))
}
