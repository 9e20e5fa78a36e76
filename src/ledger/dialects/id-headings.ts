import {readFields} from '../fix-plan/fix-plan-fields.js'
import {isBlank, lineSpan, warn, type LedgerLines} from '../fix-plan/fix-plan-lines.js'
import {classifyState} from '../item-state.js'
import type {FixPlanItem, ItemState, ItemTask, Span, StatusSource} from '../model.js'
import type {Heading} from '../scan.js'
import {findHeadingMarker, leadingHeadingMarker} from './heading-marker.js'
import {idPatternOf, parseLeadingId, plainTitle, type LeadingId} from './item-id.js'
import {boxTasks} from './item-tasks.js'
import type {FixPlanReadOptions} from './reader-options.js'
import {parentHeadingTexts} from './sections.js'
import {findStatusLine} from './status-line.js'
import type {StatusRow} from './status-tables.js'

export interface HeadingItems {
  items: FixPlanItem[]
  /** The items are group headings (`## Phase 1`): the file has no other ID headings. */
  groupsOnly: boolean
}

interface ItemStatus {
  state: ItemState
  status: string | null
  statusSource: StatusSource
  statusSpan?: Span
}

/**
 * Items written as headings that start with an ID (`### W1: …`, `## P0-1 — …`, `### 1.1 …`), at
 * the level most such headings share. Deeper headings and checkboxes under one are its tasks. A
 * heading without a status marker whose body opens with checkboxes only groups those boxes (the
 * checklist dialect reads them); a heading repeating an earlier item's ID restates it (a details
 * section) and is not a second item. Group headings (`## Phase 2`) are items only in a file with no
 * other ID headings. `index` maps IDs to rows of status tables elsewhere in the file.
 */
export function readIdHeadingItems(lines: LedgerLines, options: FixPlanReadOptions, index: ReadonlyMap<string, StatusRow>): HeadingItems {
  const headings = lines.scan.headings
  const pattern = idPatternOf(options.idPattern)
  const leadingMarkers = headings.map((heading) => (heading.level >= 2 ? leadingHeadingMarker(heading.text, options.vocabulary) : undefined))
  const parsed = headings.map((heading, at) => (heading.level >= 2 ? idAfter(heading.text, leadingMarkers[at]?.rest ?? 0, pattern) : undefined))
  // `## Phase 1.` headings group items; in a file with no other ID headings the phases are the items.
  const groupsOnly = parsed.every((leading) => !leading || leading.group)
  if (groupsOnly) {
    for (let at = 0; at < parsed.length; at++) if (parsed[at]) parsed[at] = {...parsed[at]!, group: false}
  }
  const level = commonLevel(headings, parsed)
  if (level === undefined) return {items: [], groupsOnly}
  const ends = sectionEnds(lines, headings, level)
  const parents = parentHeadingTexts(headings)
  const seen = new Map<string, number>()
  const items: FixPlanItem[] = []
  for (let at = 0; at < headings.length; at++) {
    const heading = headings[at]
    const leading = parsed[at]
    if (heading.level !== level || !leading || leading.group) continue
    const endLine = ends[at]
    const bodyEnd = at + 1 < headings.length ? Math.min(headings[at + 1].line - 1, endLine) : endLine
    const marker = findHeadingMarker(heading.text, leading.titleStart, options.vocabulary) ?? leadingMarkers[at]
    if (!marker && opensWithCheckbox(lines, heading.line + 1, bodyEnd)) continue
    const first = seen.get(leading.id)
    if (first !== undefined) {
      warn(lines, heading.line, `Heading ${leading.id} repeats the ID of the item at line ${first}; read as part of the file, not a second item`)
      continue
    }
    seen.set(leading.id, heading.line + 1)
    // A leading marker lies before the title; a trailing one is cut out of it.
    const title = marker && marker.start >= leading.titleStart ? heading.text.slice(leading.titleStart, marker.start) + heading.text.slice(marker.end) : heading.text.slice(leading.titleStart)
    const status: ItemStatus = marker
      ? {state: marker.state, status: marker.status, statusSource: 'heading-marker', statusSpan: {start: heading.textStart + marker.start, end: heading.textStart + marker.end}}
      : bodyStatus(lines, heading.line + 1, bodyEnd, index.get(leading.id), options)
    items.push({
      id: leading.id,
      kind: 'heading',
      title: plainTitle(title).replace(/\s*[—–:-]\s*$/, ''),
      line: heading.line + 1,
      level,
      ...status,
      tasks: tasksUnder(lines, headings, at, endLine, options, pattern),
      ...(parents[at] !== undefined && {section: parents[at]}),
      span: lineSpan(lines, heading.line, endLine),
      endLine: endLine + 1,
      fields: readFields(lines, heading.line + 1, bodyEnd, () => false).fields,
    })
  }
  return {items, groupsOnly}
}

/**
 * The heading level with the most distinct IDs (the shallower on a tie). Distinct, because steps
 * under items restart their numbers (`#### Шаг 1` under each `### P0-1`) and can outnumber the items.
 */
function commonLevel(headings: readonly Heading[], parsed: ReadonlyArray<LeadingId | undefined>): number | undefined {
  const ids = new Map<number, Set<string>>()
  headings.forEach((heading, at) => {
    const leading = parsed[at]
    if (!leading || leading.group) return
    const seen = ids.get(heading.level) ?? new Set<string>()
    ids.set(heading.level, seen.add(leading.id))
  })
  let best: number | undefined
  for (const [level, seen] of ids) {
    const bestCount = best === undefined ? 0 : ids.get(best)!.size
    if (seen.size > bestCount || (seen.size === bestCount && level < best!)) best = level
  }
  return best
}

/** For each heading, the last line before the next heading at `level` or above (one backward pass). */
function sectionEnds(lines: LedgerLines, headings: readonly Heading[], level: number): Int32Array {
  const ends = new Int32Array(headings.length)
  let next = lines.count
  for (let at = headings.length - 1; at >= 0; at--) {
    ends[at] = next - 1
    if (headings[at].level <= level) next = headings[at].line
  }
  return ends
}

function opensWithCheckbox(lines: LedgerLines, from: number, to: number): boolean {
  let at = from
  while (at <= to && isBlank(lines, at)) at++
  return at <= to && lines.listItems[at]?.checkbox !== undefined
}

/** The ID at `from` in a heading's text (after a leading status emoji), its title offset counted from the text's start. */
function idAfter(text: string, from: number, pattern?: RegExp): LeadingId | undefined {
  const leading = parseLeadingId(text.slice(from), true, pattern)
  return leading && {...leading, titleStart: leading.titleStart + from}
}

/** A `Status:` line under the heading, else the item's row in a status table, else unknown. */
function bodyStatus(lines: LedgerLines, from: number, to: number, row: StatusRow | undefined, options: FixPlanReadOptions): ItemStatus {
  const line = findStatusLine(lines, from, to)
  if (line) return {state: classifyState(line.value, options.vocabulary), status: line.value, statusSource: 'field', statusSpan: line.span}
  if (row) {
    return {state: classifyState(row.status, options.vocabulary), status: row.status, statusSource: 'index', ...(row.statusSpan && {statusSpan: row.statusSpan})}
  }
  return {state: 'unknown', status: null, statusSource: 'none'}
}

/** Checkboxes and deeper headings under the item, in line order. */
function tasksUnder(lines: LedgerLines, headings: readonly Heading[], at: number, endLine: number, options: FixPlanReadOptions, pattern?: RegExp): ItemTask[] {
  const boxes = boxTasks(lines, headings[at].line + 1, endLine, options.vocabulary)
  const deeper: ItemTask[] = []
  for (let next = at + 1; next < headings.length && headings[next].line <= endLine; next++) {
    const heading = headings[next]
    const leading = parseLeadingId(heading.text, true, pattern)
    const marker = findHeadingMarker(heading.text, leading?.titleStart ?? 0, options.vocabulary)
    deeper.push({
      line: heading.line + 1,
      state: marker?.state ?? 'unknown',
      text: plainTitle(heading.text),
      span: lineSpan(lines, heading.line, heading.line),
      ...(leading && !leading.group && {id: leading.id}),
    })
  }
  if (deeper.length === 0) return boxes
  return [...boxes, ...deeper].sort((a, b) => a.line - b.line)
}
