import {UserError} from '../errors.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {isQueueHeading} from '../ledger/dialects/queue-log.js'
import {scanDocument} from '../ledger/scan.js'
import {lastContentLine} from './last-content-line.js'
import {insertUnderHeading} from './under-heading.js'
import {isSpacedList} from './list-spacing.js'
import type {GivenField} from './new-item-fields.js'
import type {NewItemRequest, PlacedItem, Placement} from './new-item-types.js'

const ENTRY_LINE = /^(\s*)(\d+|[-*+])([.)]?[ \t]+)/

/**
 * A queue entry after `anchor`: the next number of a numbered queue (or the anchor's bullet), the
 * text `ID: title` (queue entries carry no ID of their own; this keeps the one asked for findable; without an ID, the title),
 * given fields as nested `- Key: value` lines, separated by a blank line when the queue's entries are.
 * Before an entry (`--before`), the new one takes that entry's number.
 * Later numbers are not renumbered: Markdown numbers an ordered list by itself.
 */
export function planQueueEntry(ledger: FixPlanLedger, anchor: FixPlanItem, request: NewItemRequest, given: readonly GivenField[], placement: Placement = 'after'): PlacedItem {
  const {doc} = ledger
  const match = ENTRY_LINE.exec(doc.lines[anchor.line - 1].text)
  if (!match) throw new UserError(`Item at line ${anchor.line} is not a queue entry`, {path: doc.path, line: anchor.line, hint: 'name a queue entry with --after'})
  const [prefix, indent, bullet, separator] = match
  const marker = /^\d+$/.test(bullet) && placement === 'after' ? String(Number(bullet) + 1) : bullet
  const nested = ' '.repeat(prefix.length - bullet.length + marker.length)
  const block = [`${indent}${marker}${separator}${request.id === undefined ? '' : `${request.id}: `}${request.title}`, ...given.map((field) => `${nested}- ${field.key}: ${field.value}`)]
  const gap = isSpacedList(doc, ledger.items.filter((item) => item.kind === 'queue-entry')) ? 1 : 0
  if (placement === 'before') {
    const at = doc.lines[anchor.line - 1].start
    return {edits: [{start: at, end: at, text: block.join(doc.eol) + doc.eol.repeat(gap + 1)}], line: anchor.line, text: block.join('\n')}
  }
  const last = lastContentLine(doc, anchor.line, anchor.endLine)
  const at = doc.lines[last - 1].end
  return {edits: [{start: at, end: at, text: doc.eol.repeat(gap + 1) + block.join(doc.eol)}], line: last + gap + 1, text: block.join('\n')}
}

/**
 * The first entry of an empty queue (`## Queue` with nothing under it yet): `1. title` (`1. ID: title`)
 * under the heading, after the blank line that follows it, a blank line kept before what comes next.
 * Undefined when the file has no queue heading.
 */
export function planFirstQueueEntry(ledger: FixPlanLedger, request: NewItemRequest, given: readonly GivenField[]): PlacedItem | undefined {
  const {doc} = ledger
  const heading = scanDocument(doc).headings.find((candidate) => isQueueHeading(candidate.text))
  if (!heading) return undefined
  const block = [`1. ${request.id === undefined ? '' : `${request.id}: `}${request.title}`, ...given.map((field) => `   - ${field.key}: ${field.value}`)]
  const {edit, line} = insertUnderHeading(doc, heading.line, block)
  return {edits: [edit], line, text: block.join('\n')}
}
