import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planAmend} from '../../src/edit/amend-attempt.js'
import {planBlockAdd, planBlockSet} from '../../src/edit/field-block.js'
import {planBlockDone} from '../../src/edit/field-done.js'
import {planHeaderFields} from '../../src/edit/header-fields.js'
import {planNewItem} from '../../src/edit/new-item.js'
import {planSetFields} from '../../src/edit/set-fields.js'
import {applyEdits, type TextEdit} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {AttemptEntry, FixPlanItem, FixPlanLedger} from '../../src/ledger/model.js'
import {FILE_LEVEL, fieldsByKey, headerText, itemsByKey, linesText, operations, spanText, type Operation} from './ops-diff.js'

/**
 * How one operation of one pair fares when its command runs on the older version:
 * - `reproduced`: the lines the operation owns (the header and its block, the field, the newest
 *   attempt entry, the status line) read byte for byte as in the newer version; other edits of the
 *   same commit are not compared;
 * - `differs`: the command wrote another text there;
 * - `refused`: the command refused (a UserError);
 * - `not-expressible`: no command makes this edit (lines outside items and header, a log entry).
 * A new item is `item add [ID] --title T [--status S] --after <the item before it>` (no ID where it has
 * none), and owns its first
 * line and its place (the item before it): the details agents write under it are their own text.
 */
export type OpOutcome = 'reproduced' | 'differs' | 'refused' | 'not-expressible'

export const OP_OUTCOMES: readonly OpOutcome[] = ['reproduced', 'differs', 'refused', 'not-expressible']

export interface OpResult {
  to: string
  operation: Operation
  outcome: OpOutcome
  detail: string
}

export function replayOperations(folder: string): OpResult[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  const results: OpResult[] = []
  for (let at = 0; at + 1 < names.length; at++) {
    const beforeText = readFileSync(join(folder, names[at]), 'utf8')
    const afterText = readFileSync(join(folder, names[at + 1]), 'utf8')
    const before = read(names[at], beforeText)
    const after = read(names[at + 1], afterText)
    // New items of one pair are added one after the other, each to the file the previous add left, so
    // an item placed after another new item finds it.
    let withNewItems = before
    for (const operation of operations(before, after)) {
      if (operation.kind !== 'new-item') {
        results.push({to: names[at + 1], operation, ...replayOne(before, after, operation)})
        continue
      }
      const {result, text} = replayNewItem(withNewItems, after, operation.item)
      if (text !== undefined) withNewItems = read(before.doc.path, text)
      results.push({to: names[at + 1], operation, ...result})
    }
  }
  return results
}

const read = (path: string, text: string) => readFixPlan(createDocument(path, text))

function replayOne(before: FixPlanLedger, after: FixPlanLedger, operation: Operation): Omit<OpResult, 'to' | 'operation'> {
  if (operation.kind === 'new-item') return replayNewItem(before, after, operation.item).result
  if (operation.kind === 'outside-items') return {outcome: 'not-expressible', detail: `${operation.lines} line(s) outside header, items and histories: no command edits them`}
  let text: string
  try {
    text = applyEdits(before.doc.text, plan(before, operation))
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {outcome: 'refused', detail: error.message}
  }
  const mine = ownedLines(read(before.doc.path, text), operation)
  const theirs = ownedLines(after, operation)
  return mine === theirs ? {outcome: 'reproduced', detail: ''} : {outcome: 'differs', detail: `wrote ${JSON.stringify(mine)}, the next version has ${JSON.stringify(theirs)}`}
}

function replayNewItem(before: FixPlanLedger, after: FixPlanLedger, name: string): {result: Omit<OpResult, 'to' | 'operation'>; text?: string} {
  const added = after.items.findIndex((item) => itemKey(item) === name)
  const item = after.items[added]
  // A done entry in a dated log (neuron's `## Completed`) records finished work: item add adds work to do.
  if (item.kind === 'log-entry') return {result: {outcome: 'not-expressible', detail: 'a log entry: item add adds items to do, not records of finished ones'}}
  const previous = added > 0 ? after.items[added - 1] : undefined
  // The first item of the file is placed before the one that follows it, when that one was there already.
  const next = previous === undefined ? after.items.slice(added + 1).find((other) => other.kind === item.kind && before.items.some((old) => itemKey(old) === itemKey(other))) : undefined
  // A checkbox item added already ticked is `item add --status done` (the box is its status).
  const status = item.statusSource === 'field' || item.statusSource === 'cell' ? (item.status ?? undefined) : item.statusSource === 'box' && item.state !== 'open' ? item.state : undefined
  let text: string
  try {
    const placed = planNewItem(before, {id: item.id ?? undefined, title: item.title, status, dependsOn: [], after: previous ? itemKey(previous) : undefined, before: next ? itemKey(next) : undefined})
    text = applyEdits(before.doc.text, placed.edits)
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {result: {outcome: 'refused', detail: error.message}}
  }
  const mine = placeOf(read(before.doc.path, text), name)
  const theirs = placeOf(after, name)
  const result: Omit<OpResult, 'to' | 'operation'> =
    mine === theirs ? {outcome: 'reproduced', detail: ''} : {outcome: 'differs', detail: `wrote ${JSON.stringify(mine)}, the next version has ${JSON.stringify(theirs)}`}
  return {result, text}
}

/** The item's first line, after the key of the item before it. */
function placeOf(ledger: FixPlanLedger, name: string): string {
  const at = ledger.items.findIndex((item) => itemKey(item) === name)
  if (at === -1) return '(no such item)'
  const item = ledger.items[at]
  const previous = at > 0 ? itemKey(ledger.items[at - 1]) : '(first)'
  return `${previous}\n${ledger.doc.lines[item.line - 1].text}`
}

const NOW = new Date('2030-01-01T00:00:00Z')

/** The edits the operation's command plans on the older version (as the use-cases call the planners). */
function plan(ledger: FixPlanLedger, operation: Exclude<Operation, {kind: 'new-item' | 'outside-items'}>): TextEdit[] {
  if (operation.kind === 'header') {
    return planHeaderFields(ledger, [{key: operation.key, text: operation.value, block: operation.block}], {today: '2100-01-01', force: true}).edits
  }
  if (operation.kind === 'amend' && operation.item === FILE_LEVEL) return planAmend(ledger, undefined, {body: '', now: NOW, artifacts: [], findings: []}, operation.lines).edits
  const item = itemsByKey(ledger).get(operation.item)!
  switch (operation.kind) {
    case 'status':
      return planSetFields(ledger, item, [{key: 'Status', value: operation.value, argument: `Status=${operation.value}`}]).edits
    case 'amend':
      return planAmend(ledger, item, {body: '', now: NOW, artifacts: [], findings: []}, operation.lines).edits
    case 'field-new':
      return newField(ledger, item, operation.key, operation.text)
    default: {
      const field = fieldsByKey(item).get(operation.key)!
      if (operation.kind === 'field-add') return planBlockAdd(ledger.doc, field, operation.text).edits
      if (operation.kind === 'field-set') return planBlockSet(ledger.doc, field, operation.text).edits
      return planBlockDone(ledger.doc, field, {position: operation.position}, highestAttempt(item)).edits
    }
  }
}

/** `set ITEM KEY=<first line>`, then `field ITEM KEY --set-file` when the field has lines under it. */
function newField(ledger: FixPlanLedger, item: FixPlanItem, key: string, text: string): TextEdit[] {
  const [first, ...rest] = text.split('\n')
  const value = first.trim() === '' ? '…' : first
  const edits = planSetFields(ledger, item, [{key, value, argument: `${key}=${value}`}]).edits
  if (rest.every((line) => line.trim() === '') && first.trim() !== '') return edits
  const once = read(ledger.doc.path, applyEdits(ledger.doc.text, edits))
  const field = fieldsByKey(itemsByKey(once).get(itemKey(item))!).get(key)!
  const whole = applyEdits(once.doc.text, planBlockSet(once.doc, field, text).edits)
  // One edit from the original text to the final one: the bytes between differ only where the two commands wrote.
  return [{start: 0, end: ledger.doc.text.length, text: whole}]
}

const itemKey = (item: FixPlanItem) => item.id ?? item.title

// `field --done` without --attempt cites the item's highest attempt number, as the command does.
function highestAttempt(item: FixPlanItem): number | undefined {
  const numbers = (item.attempts?.entries ?? []).flatMap((entry) => (entry.number === undefined ? [] : [entry.number]))
  return numbers.length > 0 ? Math.max(...numbers) : undefined
}

/** The lines the operation owns in a version, as written. */
function ownedLines(ledger: FixPlanLedger, operation: Exclude<Operation, {kind: 'new-item' | 'outside-items'}>): string {
  if (operation.kind === 'header') {
    const header = ledger.header.find((candidate) => candidate.key === operation.key)
    return header ? headerText(ledger, header) : '(header gone)'
  }
  if (operation.kind === 'amend' && operation.item === FILE_LEVEL) return newestEntry(ledger, ledger.attempts?.entries.at(-1))
  const item = itemsByKey(ledger).get(operation.item)
  if (!item) return '(item gone)'
  if (operation.kind === 'status') {
    const span = item.statusSpan
    return span ? ledger.doc.lines.find((line) => line.start <= span.start && span.start <= line.end)!.text : '(no status)'
  }
  if (operation.kind === 'amend') return newestEntry(ledger, item.attempts?.entries.at(-1))
  const field = fieldsByKey(item).get(operation.key)
  return field ? spanText(ledger.doc, field.span) : '(field gone)'
}

function newestEntry(ledger: FixPlanLedger, newest: AttemptEntry | undefined): string {
  return newest ? linesText(ledger.doc, newest.line, newest.endLine).join('\n').trimEnd() : '(no entry)'
}
