import {readFields} from '../fix-plan/fix-plan-fields.js'
import {lineSpan, type LedgerLines} from '../fix-plan/fix-plan-lines.js'
import {boxState, classifyState} from '../item-state.js'
import type {FixPlanItem, ItemKind, ItemState} from '../model.js'
import {plainTitle} from './item-id.js'
import {listItemEnd} from './list-extent.js'
import type {FixPlanReadOptions} from './reader-options.js'
import {headingSectionEnds} from './sections.js'
import {findStatusLine} from './status-line.js'

interface SectionRole {
  kind: ItemKind
  /** The state the section gives its entries. */
  state: ItemState
}

// The heading names what its entries are: work waiting, work done, or a running account of where things stand.
const ROLES: ReadonlyArray<[RegExp, SectionRole]> = [
  [/^(?:queue|backlog|up next|next up|to ?do|pending)\b/i, {kind: 'queue-entry', state: 'open'}],
  // `Done when` is an item's criterion, not a log: the done words must stand alone or lead a list's name.
  [/^(?:completed|done|finished)(?:\s+(?:items|tasks|work|fixes))?\s*(?:[(:—–-].*)?$|^(?:changelog|history)\b|\blog$/i, {kind: 'log-entry', state: 'done'}],
  // Statements of what exists now, mixed with blockers and goals: their state is not written, so it is not guessed.
  [/^current status\b/i, {kind: 'log-entry', state: 'unknown'}],
]

/** Whether a heading names a queue of work to do (`## Queue`, `## Backlog`, `## Up next`). */
export function isQueueHeading(text: string): boolean {
  return ROLES.find(([pattern]) => pattern.test(headingName(text)))?.[1].kind === 'queue-entry'
}

/** Whether a heading names a log of finished work (`## Completed`, `## Done`, `## Changelog`), whose entries are done. */
export function isDoneLogHeading(text: string): boolean {
  const role = ROLES.find(([pattern]) => pattern.test(headingName(text)))?.[1]
  return role?.kind === 'log-entry' && role.state === 'done'
}

function headingName(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').trim()
}

const LEADING_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?\s*(?:[:—–-]\s*)?/

/**
 * Entries of a `## Queue` (numbered or bulleted; open), a `## Completed` or log section (done) and a
 * `## Current status` list (state not written). The entry's top-level list item is the item; its
 * nested bullets (`- Done when:`, `- Verify:`) are its fields. Queue entries have no ID: their
 * number is a position that changes whenever the queue is reordered, so the title identifies them.
 */
export function readQueueLogItems(lines: LedgerLines, options: FixPlanReadOptions): FixPlanItem[] {
  const headings = lines.scan.headings
  const items: FixPlanItem[] = []
  const ends = headingSectionEnds(headings, lines.count)
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]
    const role = ROLES.find(([pattern]) => pattern.test(headingName(heading.text)))?.[1]
    if (!role) continue
    readEntries(lines, heading.line + 1, ends[index], role, heading.text, options, items)
  }
  return items.sort((a, b) => a.line - b.line)
}

function readEntries(lines: LedgerLines, from: number, to: number, role: SectionRole, section: string, options: FixPlanReadOptions, items: FixPlanItem[]): void {
  let indent = Infinity
  for (let at = from; at <= to; at++) {
    const listItem = lines.listItems[at]
    if (listItem) indent = Math.min(indent, listItem.indent)
  }
  for (let at = from; at <= to; at++) {
    const listItem = lines.listItems[at]
    if (!listItem || listItem.indent !== indent) continue
    const endLine = Math.min(listItemEnd(lines, at, indent), to)
    const statusLine = findStatusLine(lines, at, endLine)
    const state = statusLine
      ? {state: classifyState(statusLine.value, options.vocabulary), status: statusLine.value, statusSource: 'field' as const, statusSpan: statusLine.span}
      : listItem.checkbox
        ? {state: boxState(listItem.checkbox.marker, options.vocabulary), status: listItem.checkbox.marker, statusSource: 'box' as const, statusSpan: {start: listItem.checkbox.start + 1, end: listItem.checkbox.end - 1}}
        : {state: role.state, status: null, statusSource: role.state === 'unknown' ? ('none' as const) : ('section' as const)}
    items.push({
      id: null,
      kind: role.kind,
      title: plainTitle(listItem.text.replace(LEADING_DATE, '')),
      line: at + 1,
      level: 0,
      ...state,
      tasks: [],
      section,
      span: lineSpan(lines, at, endLine),
      endLine: endLine + 1,
      fields: endLine > at ? readFields(lines, at + 1, endLine, () => false).fields : [],
    })
    at = endLine
  }
}
