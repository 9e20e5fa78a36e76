import type {LedgerDocument} from '../document.js'
import {readHeadingHistory} from './attempt-heading-history.js'
import {isAttemptsHistoryKey, isAttemptsHistoryTitle, isBareHistoryLine, mergeHistories, readBareLineHistory, readFieldHistory} from './attempt-history.js'
import {readFields} from './fix-plan-fields.js'
import {bracketedState} from '../dialects/bracketed-headings.js'
import {readDialectItems} from '../dialects/detect.js'
import {boxTasks} from '../dialects/item-tasks.js'
import type {FixPlanReadOptions} from '../dialects/reader-options.js'
import {parentHeadingTexts} from '../dialects/sections.js'
import {readHeader} from './fix-plan-header.js'
import {readIndexCandidates} from './fix-plan-index.js'
import {indexOfItems} from './index-of-items.js'
import {findItemHeadings, type ItemHeading} from './fix-plan-items.js'
import {createLedgerLines, lineSpan, warn, type LedgerLines} from './fix-plan-lines.js'
import type {AttemptsHistory, Dialect, FixPlanItem, FixPlanLedger, IndexEntry} from '../model.js'
import {itemLabel} from '../item-label.js'
import {scanDocument, type ScanResult} from '../scan.js'
import {strandedEntries} from './stranded-entries.js'

/**
 * Reads a fix plan (`docs/fix_plan.md`, FORMATS.md §2) from the scanner's lines: header, index,
 * items with their fields and Attempts History, and a file-level heading history. Items are
 * `## [ID] Title` headings whenever the file has any or keeps a file-level Attempts History (or
 * the config says so); otherwise the
 * dialect readers of FORMATS.md §4 find them. Never throws; what it cannot interpret becomes a
 * warning with its line.
 */
export function readFixPlan(doc: LedgerDocument, scan: ScanResult = scanDocument(doc), options: FixPlanReadOptions = {}): FixPlanLedger {
  const lines = createLedgerLines(doc, scan)
  for (const warning of scan.warnings) warn(lines, warning.line, warning.message)
  if (scan.conflictMarkers.length > 0) {
    warn(lines, scan.conflictMarkers[0], `Git conflict markers on ${scan.conflictMarkers.length} line(s); resolve them before editing this ledger`)
  }

  const chosen = options.dialect
  const itemHeadings = chosen === undefined || chosen === 'bracketed-headings' ? findItemHeadings(lines) : []
  const fileHistory = readFileHistories(lines, itemHeadings)
  // A file keeping its own Attempts History is written in this format (FORMATS.md §2), items or not yet.
  const bracketed = chosen === 'bracketed-headings' || (chosen === undefined && (itemHeadings.length > 0 || fileHistory.history !== undefined))
  // Header and index come before the first item and before a file-level history (whose bodies hold bold fields and tables too).
  const boundary = Math.min(itemHeadings[0]?.line ?? lines.count, fileHistory.firstLine) - 1
  let dialect: Dialect = 'bracketed-headings'
  let header: FixPlanLedger['header']
  let index: FixPlanLedger['index']
  let items: FixPlanItem[]
  if (bracketed) {
    header = readHeader(lines, boundary)
    // This format's index is where FORMATS.md §2 puts it, before the items: its stale rows are reported, not second-guessed.
    index = readIndexCandidates(lines, boundary)
      .flat()
      .sort((a, b) => a.line - b.line)
    const parents = parentHeadingTexts(scan.headings)
    // A map, not a search per item: thousands of items with an index row each would be quadratic.
    const entries = new Map<string, IndexEntry>()
    for (const entry of index) if (!entries.has(entry.id)) entries.set(entry.id, entry)
    items = itemHeadings.map((heading) => readItem(lines, heading, entries.get(heading.id), parents[heading.headingIndex], options))
  } else {
    const read = readDialectItems(lines, options)
    dialect = read.dialect
    items = read.items
    // Other dialects put their summary tables anywhere (often after the items); bold lines inside items are their details, not a header.
    index = indexOfItems(readIndexCandidates(lines, boundary), items)
    header = readHeader(lines, Math.min(boundary, firstItemLine(items) - 2))
  }
  checkIds(lines, items, bracketed ? index : [], dialect)

  const warnings = lines.warnings.sort((a, b) => a.line - b.line)
  return {doc, dialect, header, index, items, attempts: fileHistory.history, warnings}
}

/** 1-based line of the first item; past the end when there is none. */
function firstItemLine(items: readonly FixPlanItem[]): number {
  let first = Number.MAX_SAFE_INTEGER
  for (const item of items) first = Math.min(first, item.line)
  return first
}

function readItem(lines: LedgerLines, heading: ItemHeading, entry: IndexEntry | undefined, section: string | undefined, options: FixPlanReadOptions): FixPlanItem {
  const owner = `[${heading.id}]`
  const histories: AttemptsHistory[] = []
  // Lines taken by bare-line histories (rarely more than one range; a per-item bitmap would make many items quadratic).
  const owned: Array<[number, number]> = []

  for (let at = heading.line + 1; at <= heading.bodyEnd; at++) {
    if (!isBareHistoryLine(lines, at)) continue
    const bare = readBareLineHistory(lines, at, heading.bodyEnd)
    histories.push(bare.history)
    owned.push([at, bare.lastLine])
    at = bare.lastLine
  }
  const isOwned = (line: number) => owned.some(([from, to]) => from <= line && line <= to)
  const {fields, strayBullets} = readFields(lines, heading.line + 1, heading.bodyEnd, isOwned)
  for (const field of fields) if (isAttemptsHistoryKey(field.key)) histories.push(readFieldHistory(lines, field, strandedEntries(lines, field, fields)))
  const headings = lines.scan.headings
  for (let at = heading.headingIndex + 1; at < headings.length && headings[at].line <= heading.endLine; at++) {
    if (!isAttemptsHistoryTitle(headings[at].text)) continue
    const read = readHeadingHistory(lines, at, heading.endLine)
    histories.push(read.history)
    while (at + 1 < headings.length && headings[at + 1].line <= read.ranges[0][1]) at++
  }

  if (fields.length === 0) warn(lines, heading.line, `Item ${owner} has no \`- Key: value\` fields (Status, Priority, ...)`)
  if (strayBullets.length > 0) {
    warn(lines, strayBullets[0], `Item ${owner}: ${strayBullets.length} top-level bullet(s) are not \`Key: value\` fields and are left as written`)
  }
  warnRepeatedKeys(lines, owner, fields)

  return {
    id: heading.id,
    kind: 'heading',
    title: heading.title,
    line: heading.line + 1,
    level: heading.level,
    ...bracketedState(fields, entry, options.vocabulary),
    tasks: boxTasks(lines, heading.line + 1, heading.endLine, options.vocabulary),
    ...(section !== undefined && {section}),
    span: lineSpan(lines, heading.line, heading.endLine),
    endLine: heading.endLine + 1,
    fields,
    attempts: mergeHistories(lines, histories, `Item ${owner}`),
  }
}

function warnRepeatedKeys(lines: LedgerLines, owner: string, fields: FixPlanItem['fields']): void {
  const seen = new Map<string, number>()
  for (const field of fields) {
    const key = field.key.toLowerCase()
    const first = seen.get(key)
    if (first === undefined) seen.set(key, field.line)
    else warn(lines, field.line - 1, `Item ${owner} repeats the field \`${field.key}\` (first at line ${first}); edits use the first`)
  }
}

/**
 * Histories outside every `[ID]` item: `## Attempts History` headings (the dose_experiments
 * layout) and bare `Attempts History:` lines. `firstLine` is 0-based, `count` when there is none.
 */
function readFileHistories(lines: LedgerLines, items: ItemHeading[]): {history?: AttemptsHistory; firstLine: number} {
  const histories: AttemptsHistory[] = []
  const owned = new Uint8Array(lines.count)
  for (const item of items) owned.fill(1, item.line, item.endLine + 1)
  const headings = lines.scan.headings
  let nextItem = 0
  for (let at = 0; at < headings.length; at++) {
    const heading = headings[at]
    if (owned[heading.line] === 1 || !isAttemptsHistoryTitle(heading.text)) continue
    while (nextItem < items.length && items[nextItem].line <= heading.line) nextItem++
    const scopeEnd = nextItem < items.length ? items[nextItem].line - 1 : lines.count - 1
    const read = readHeadingHistory(lines, at, scopeEnd)
    histories.push(read.history)
    for (const [from, to] of read.ranges) owned.fill(1, from, to + 1)
  }
  // A bare-line history outside items runs at most to the next heading or owned line.
  const limits = new Int32Array(lines.count)
  for (let at = lines.count - 1, limit = at; at >= 0; at--) {
    limits[at] = limit
    if (owned[at] === 1 || lines.scan.kinds[at] === 'heading') limit = at - 1
  }
  for (let at = 0; at < lines.count; at++) {
    if (owned[at] === 1 || !isBareHistoryLine(lines, at)) continue
    const bare = readBareLineHistory(lines, at, limits[at])
    histories.push(bare.history)
    at = bare.lastLine
  }
  const history = mergeHistories(lines, histories, 'The file')
  // A loop, not Math.min(...spread): thousands of histories would overflow the argument stack.
  let firstLine = lines.count
  for (const found of histories) firstLine = Math.min(firstLine, found.line - 1)
  return {history, firstLine}
}

/** Index rows without an item, repeated index rows and repeated item IDs: edits would be ambiguous. */
function checkIds(lines: LedgerLines, items: FixPlanItem[], index: FixPlanLedger['index'], dialect: Dialect): void {
  const itemLines = new Map<string, number>()
  for (const item of items) {
    if (item.id === null) continue
    const first = itemLines.get(item.id)
    if (first === undefined) itemLines.set(item.id, item.line)
    else warn(lines, item.line - 1, `Item ${itemLabel(item, dialect)} appears twice (first at line ${first}); edits use the first`)
  }
  const indexLines = new Map<string, number>()
  for (const entry of index) {
    const first = indexLines.get(entry.id)
    if (first !== undefined) warn(lines, entry.line - 1, `Index lists ${entry.id} twice (first at line ${first})`)
    else indexLines.set(entry.id, entry.line)
    if (!itemLines.has(entry.id)) warn(lines, entry.line - 1, `Index row ${entry.id} has no [${entry.id}] item in this file`)
  }
}
