import {readFieldBlock, type FieldEntry} from '../../src/ledger/fix-plan/field-entries.js'
import {isDone} from '../../src/edit/done-mark.js'
import {headerBlock} from '../../src/ledger/fix-plan/header-block.js'
import type {LedgerDocument} from '../../src/ledger/document.js'
import type {AttemptEntry, Field, FixPlanItem, FixPlanLedger, HeaderField} from '../../src/ledger/model.js'

/**
 * One edit the agent made between two versions, named by the command that would make it and with
 * the arguments read off the newer version. `new-item` has no command: it is counted as not expressible.
 */
export type Operation =
  | {kind: 'header'; key: string; value: string; block: boolean}
  | {kind: 'field-add'; item: string; key: string; text: string}
  | {kind: 'field-done'; item: string; key: string; position: number}
  | {kind: 'field-set'; item: string; key: string; text: string}
  | {kind: 'field-new'; item: string; key: string; text: string}
  | {kind: 'amend'; item: string; lines: string[]}
  | {kind: 'status'; item: string; value: string}
  | {kind: 'new-item'; item: string}
  | {kind: 'outside-items'; lines: number}

export type OperationKind = Operation['kind']

export const OPERATION_KINDS: readonly OperationKind[] = ['header', 'field-add', 'field-done', 'field-set', 'field-new', 'amend', 'status', 'new-item', 'outside-items']

export const itemKey = (item: FixPlanItem) => item.id ?? item.title

/** Items by key, leaving out keys two items share (they cannot be matched across versions). */
export function itemsByKey(ledger: FixPlanLedger): Map<string, FixPlanItem> {
  const map = new Map<string, FixPlanItem>()
  const repeated = new Set<string>()
  for (const item of ledger.items) {
    if (map.has(itemKey(item))) repeated.add(itemKey(item))
    map.set(itemKey(item), item)
  }
  for (const name of repeated) map.delete(name)
  return map
}

/** Fields other commands own (Status: `set`; histories: `attempt`) are not field edits. */
const OWNED_ELSEWHERE = /^(status|attempts? history)$/i

/** The item's fields by key, leaving out keys written twice (which one an edit meant is unknown). */
export function fieldsByKey(item: FixPlanItem): Map<string, Field> {
  const map = new Map<string, Field>()
  const repeated = new Set<string>()
  for (const field of item.fields) {
    if (OWNED_ELSEWHERE.test(field.key)) continue
    if (map.has(field.key)) repeated.add(field.key)
    map.set(field.key, field)
  }
  for (const key of repeated) map.delete(key)
  return map
}

export const spanText = (doc: LedgerDocument, span: {start: number; end: number}) => doc.text.slice(span.start, span.end)

/** The lines of the doc from `first` to `last` (1-based, inclusive). */
export const linesText = (doc: LedgerDocument, first: number, last: number) => doc.lines.slice(first - 1, last).map((line) => line.text)

export function operations(before: FixPlanLedger, after: FixPlanLedger): Operation[] {
  const fileAmend = amendOperation(before, after, FILE_LEVEL, before.attempts?.entries ?? [], after.attempts?.entries ?? [])
  const outside = changedOutside(before, after)
  return [...headerOperations(before, after), ...itemOperations(before, after), ...(fileAmend ? [fileAmend] : []), ...(outside > 0 ? [{kind: 'outside-items' as const, lines: outside}] : [])]
}

/**
 * Lines no command edits: outside the header fields, the items and the file-level history entries
 * (prose sections, group headings). Counted as lines one version has and the other lacks.
 */
function changedOutside(before: FixPlanLedger, after: FixPlanLedger): number {
  const mine = outsideLines(before)
  for (const line of outsideLines(after)) {
    const at = mine.indexOf(line)
    if (at === -1) mine.push('\0' + line)
    else mine.splice(at, 1)
  }
  return mine.filter((line) => line.trim() !== '' && line.trim() !== '\0').length
}

function outsideLines(ledger: FixPlanLedger): string[] {
  const covered = new Set<number>()
  const cover = (first: number, last: number) => {
    for (let line = first; line <= last; line++) covered.add(line)
  }
  for (const header of ledger.header) {
    const block = headerBlock(ledger.doc, header, ledger.header)
    cover(header.line, block ? block.last + 1 : header.line)
  }
  for (const item of ledger.items) cover(item.line, item.endLine)
  for (const entry of ledger.attempts?.entries ?? []) cover(entry.line, entry.endLine)
  return ledger.doc.lines.map((line) => line.text).filter((_, at) => !covered.has(at + 1))
}

/** The item name of the file-level history (`attempt --amend` with no ITEM). */
export const FILE_LEVEL = ''

/** The header's line and the block under it, as written. */
export function headerText(ledger: FixPlanLedger, header: HeaderField): string {
  const block = headerBlock(ledger.doc, header, ledger.header)
  return linesText(ledger.doc, header.line, block ? block.last + 1 : header.line).join('\n')
}

function headerOperations(before: FixPlanLedger, after: FixPlanLedger): Operation[] {
  const old = new Map(before.header.map((header) => [header.key, header]))
  const ops: Operation[] = []
  for (const header of after.header) {
    const was = old.get(header.key)
    if (!was || headerText(before, was) === headerText(after, header)) continue
    const block = headerBlock(after.doc, header, after.header)
    const below = block ? linesText(after.doc, block.first + 1, block.last + 1) : []
    ops.push({kind: 'header', key: header.key, value: [header.value, ...below].join('\n'), block: block !== undefined || headerBlock(before.doc, was, before.header) !== undefined})
  }
  return ops
}

function itemOperations(before: FixPlanLedger, after: FixPlanLedger): Operation[] {
  const old = itemsByKey(before)
  const ops: Operation[] = []
  for (const [name, item] of itemsByKey(after)) {
    const was = old.get(name)
    if (!was) {
      if (!before.items.some((other) => itemKey(other) === name)) ops.push({kind: 'new-item', item: name})
      continue
    }
    if (was.statusSource === 'field' && item.statusSource === 'field' && was.status !== item.status && item.status) ops.push({kind: 'status', item: name, value: item.status})
    ops.push(...fieldOperations(before.doc, after.doc, name, was, item))
    const amend = amendOperation(before, after, name, was.attempts?.entries ?? [], item.attempts?.entries ?? [])
    if (amend) ops.push(amend)
  }
  return ops
}

function fieldOperations(beforeDoc: LedgerDocument, afterDoc: LedgerDocument, name: string, was: FixPlanItem, item: FixPlanItem): Operation[] {
  const old = fieldsByKey(was)
  const ops: Operation[] = []
  for (const [key, field] of fieldsByKey(item)) {
    const previous = old.get(key)
    if (!previous) {
      ops.push({kind: 'field-new', item: name, key, text: fieldWholeText(afterDoc, field)})
      continue
    }
    if (spanText(beforeDoc, previous.span) === spanText(afterDoc, field.span)) continue
    ops.push(fieldChange(beforeDoc, afterDoc, name, previous, field))
  }
  return ops
}

const entryLines = (doc: LedgerDocument, entry: FieldEntry) => linesText(doc, entry.line, entry.endLine).join('\n')

/** One entry added after the last, else one entry turned done, else the whole text replaced. */
function fieldChange(beforeDoc: LedgerDocument, afterDoc: LedgerDocument, item: string, previous: Field, field: Field): Operation {
  const oldEntries = readFieldBlock(beforeDoc, previous).entries
  const newEntries = readFieldBlock(afterDoc, field).entries
  const sameKeyLine = beforeDoc.lines[previous.line - 1].text === afterDoc.lines[field.line - 1].text
  const keptPrefix = oldEntries.every((entry, at) => newEntries[at] !== undefined && entryLines(beforeDoc, entry) === entryLines(afterDoc, newEntries[at]))
  if (sameKeyLine && keptPrefix && newEntries.length === oldEntries.length + 1) {
    return {kind: 'field-add', item, key: field.key, text: entryContent(afterDoc, newEntries.at(-1)!)}
  }
  if (sameKeyLine && newEntries.length === oldEntries.length && oldEntries.length > 0) {
    const changed = oldEntries.filter((entry, at) => entryLines(beforeDoc, entry) !== entryLines(afterDoc, newEntries[at]))
    const only = changed[0]
    if (changed.length === 1 && !isDone(only) && isDone(newEntries[only.position - 1])) return {kind: 'field-done', item, key: field.key, position: only.position}
  }
  return {kind: 'field-set', item, key: field.key, text: fieldWholeText(afterDoc, field)}
}

/** What a caller would type for `--add`: the entry without its marker and checkbox, continuation lines as written. */
function entryContent(doc: LedgerDocument, entry: FieldEntry): string {
  const [first, ...rest] = linesText(doc, entry.line, entry.endLine)
  return [first.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/, ''), ...rest].join('\n')
}

/** What a caller would give `--set-file`: the value on the key line, then the lines under it. */
function fieldWholeText(doc: LedgerDocument, field: Field): string {
  const below = linesText(doc, field.line + 1, field.endLine)
  return [field.value, ...below].join('\n')
}

/** The newest entry of a history kept its text and gained lines after it. */
function amendOperation(before: FixPlanLedger, after: FixPlanLedger, name: string, oldEntries: readonly AttemptEntry[], newEntries: readonly AttemptEntry[]): Operation | undefined {
  if (oldEntries.length === 0 || oldEntries.length !== newEntries.length) return undefined
  const oldNewest = oldEntries.at(-1)!
  const newest = newEntries.at(-1)!
  const oldLines = linesText(before.doc, oldNewest.line, oldNewest.endLine)
  const newLines = linesText(after.doc, newest.line, newest.endLine)
  if (newLines.length <= oldLines.length || oldLines.some((line, at) => line !== newLines[at])) return undefined
  const column = newest.style === 'heading' ? 0 : newest.contentColumn
  const added = newLines.slice(oldLines.length)
  while (added.length > 0 && added[0].trim() === '') added.shift()
  const lines = added.map((line) => (line.slice(0, column).trim() === '' ? line.slice(column) : line.trimStart()))
  return lines.length > 0 ? {kind: 'amend', item: name, lines} : undefined
}
