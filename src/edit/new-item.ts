import {UserError} from '../errors.js'
import {comparableTitle, findItemOrFail} from '../ledger/fix-plan/find-item.js'
import type {FixPlanItem, FixPlanLedger, ItemKind} from '../ledger/model.js'
import {scanDocument, type ScanResult} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'
import {planHeadingItem} from './new-heading-item.js'
import {lastActiveItem} from './new-item-anchor.js'
import {keyOf, type GivenField} from './new-item-fields.js'
import {idShapeMismatch} from './new-item-id-shape.js'
import type {NewItemRequest, PlacedItem, Placement} from './new-item-types.js'
import {planChecklistItem} from './new-list-item.js'
import {planFirstQueueEntry, planQueueEntry} from './new-queue-entry.js'
import {planTableItem} from './new-table-item.js'
import {requireOneLineValues} from './one-line-value.js'
import {isLonePlaceholder, replacingPlaceholder} from './new-item-placeholder.js'

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
  const first = kind === 'queue-entry' && request.after === undefined && request.before === undefined && !ledger.items.some((item) => item.kind === kind)
  if (first) {
    const placed = planFirstQueueEntry(ledger, request, givenFields(request))
    if (placed) return {...placed, warnings: []}
  }
  const {anchor, placement: asked} = anchorOf(ledger, request, kind, scan)
  // A list whose only item says it is empty (`1. (empty)`) gets the new item in that item's place.
  const replacing = isLonePlaceholder(ledger, anchor)
  const placement = replacing ? 'before' : asked
  const warnings: string[] = []
  const ids = ledger.items.flatMap((item) => (item.kind === kind && item.id !== null ? [item.id] : []))
  if (request.id === undefined) requireIdLessItems(ledger, kind, ids)
  const mismatch = request.id === undefined ? undefined : idShapeMismatch(request.id, ids)
  if (mismatch) warnings.push(mismatch)
  const status = request.status ?? defaultStatus(ledger)
  const given = givenFields({...request, status: request.status ?? (everyItemHasStatus(ledger, kind) ? status : undefined)})
  if (kind === 'table-row') {
    const id = request.id
    if (id === undefined) throw new UserError('item add needs an ID for a table row', {path: ledger.doc.path, hint: 'give the row its ID: item add ID --title …'})
    const lost = given.filter((field) => keyOf(field.key) !== 'status')
    if (lost.length > 0) throw new UserError(`A table fix plan has no place for ${lost.map((field) => field.key).join(', ')}`, {path: ledger.doc.path, hint: 'add them to the row by hand, or leave those flags out'})
    return {...planTableItem(ledger, anchor, {...request, id}, status, placement), warnings}
  }
  if (kind === 'checklist' || kind === 'queue-entry') {
    const placed =
      kind === 'checklist'
        ? // A checklist item's status is its box.
          planChecklistItem(ledger, anchor, request, given.filter((field) => keyOf(field.key) !== 'status'), placement)
        : planQueueEntry(ledger, anchor, request, given, placement)
    return replacing ? replacingPlaceholder(ledger, anchor, {...placed, warnings}) : {...placed, warnings}
  }
  const id = request.id
  if (id === undefined) throw new UserError(`item add needs an ID for a heading item in ${ledger.doc.path}`, {path: ledger.doc.path, hint: 'give it one shaped like the others: item add ID --title …'})
  return {...planHeadingItem(ledger, headingAnchor(ledger, anchor, placement), {...request, id, status}, given), warnings}
}

/**
 * An item may be added without an ID only where the file writes some of its items that way: a
 * checklist or queue of plain `- [ ] text` / `1. text` lines, not one whose items all carry IDs.
 */
function requireIdLessItems(ledger: FixPlanLedger, kind: ItemKind, ids: readonly string[]): void {
  const items = ledger.items.filter((item) => item.kind === kind)
  if (kind !== 'checklist' && kind !== 'queue-entry') return
  if (items.length > 0 && ids.length === items.length) {
    throw new UserError(`No ID given, and every ${kind === 'checklist' ? 'checklist' : 'queue'} item in ${ledger.doc.path} has one`, {
      path: ledger.doc.path,
      hint: `give one shaped like the others (${[...new Set(ids)].slice(-3).join(', ')}): item add ID --title …`,
    })
  }
}

function checkRequest(ledger: FixPlanLedger, request: NewItemRequest): void {
  requireOneLineValues({ID: request.id, '--title': request.title, '--priority': request.priority, '--status': request.status, '--working-plan': request.workingPlan, '--depends-on': request.dependsOn.join(', ')})
  if (request.id !== undefined && !/^[^\s[\]|*`#](?:[^\n[\]|*`#]*[^\s[\]|*`#])?$/.test(request.id)) throw new UserError(`Item ID \`${shownInput(request.id)}\` cannot be written as an ID`, {hint: 'use letters, digits and - . _ / (e.g. TEST-PYTORCH-002)'})
  if (request.title.trim() === '') throw new UserError(request.id === undefined ? 'No --title for the new item' : `No --title for ${shownInput(request.id)}`, {hint: 'say in one line what the item is: --title "…"'})
  if (request.id === undefined) {
    const same = comparableTitle(request.title)
    const existing = ledger.items.find((item) => comparableTitle(item.title) === same)
    if (existing) throw new UserError(`An item titled \`${shownInput(request.title)}\` already exists in ${ledger.doc.path} (line ${existing.line})`, {path: ledger.doc.path, line: existing.line, hint: 'edit that item, or say how the new one differs in its title'})
    return
  }
  const lowered = request.id.toLowerCase()
  // Queue entries have no ID field: one whose text opens with `ID:` is that ID.
  const named = (item: FixPlanItem) => (item.id ?? item.title.split(':')[0]).toLowerCase() === lowered
  const existing = ledger.items.find(named) ?? ledger.index.find((entry) => entry.id.toLowerCase() === lowered)
  if (existing) {
    throw new UserError(`Item ${existing.id ?? request.id} already exists in ${ledger.doc.path} (line ${existing.line})`, {path: ledger.doc.path, line: existing.line, hint: 'pick another ID, or edit the existing item with planledger set'})
  }
}

function anchorOf(ledger: FixPlanLedger, request: NewItemRequest, kind: ItemKind, scan: ScanResult): {anchor: FixPlanItem; placement: Placement} {
  if (request.after !== undefined && request.before !== undefined) throw new UserError('Give --after or --before, not both', {hint: 'the new item goes after one item or before one'})
  const placement: Placement = request.before === undefined ? 'after' : 'before'
  const named = request.before ?? request.after
  const anchor = named === undefined ? lastActiveItem(ledger, [kind], scan.headings) : findItemOrFail(ledger, named)
  if (!anchor) throw new UserError(`No ${kind} items in ${ledger.doc.path} to place a new one after`, {path: ledger.doc.path, hint: 'add the first item by hand'})
  if (anchor.kind !== kind) throw new UserError(`--${placement} ${shownInput(named ?? '')} names a ${anchor.kind} (line ${anchor.line}), not a ${kind} item`, {path: ledger.doc.path, line: anchor.line, hint: 'name an item of the same kind'})
  return {anchor, placement}
}

/**
 * A heading item goes after its anchor (fields, history and index entry are copied from there):
 * before an item means after the heading item above it; the first one has none to copy from.
 */
function headingAnchor(ledger: FixPlanLedger, anchor: FixPlanItem, placement: Placement): FixPlanItem {
  if (placement === 'after') return anchor
  const previous = ledger.items.filter((item) => item.kind === 'heading' && item.line < anchor.line).at(-1)
  if (previous) return previous
  throw new UserError(`Cannot place a heading item before the first one (${itemName(anchor)}, line ${anchor.line})`, {path: ledger.doc.path, line: anchor.line, hint: `add it after that one (--after ${itemName(anchor)}), then move its lines by hand`})
}

function itemName(item: FixPlanItem): string {
  return item.id ?? item.title
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
