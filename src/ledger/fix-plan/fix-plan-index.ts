import {lineSpan, textAfterMarker, trimEnd, warn, type LedgerLines} from './fix-plan-lines.js'
import type {IndexEntry, Span} from '../model.js'
import type {TableBlock} from '../scan.js'
import {trimCharacters} from '../trim-characters.js'

/**
 * What may be the fix plan's index, in lines `[0, to]`: each table with an `ID` column (Priority /
 * Status / Title found by header name), and the list lines `- [ID] Title — Priority: High, Status:
 * in_progress (plan: ...)` as one more group. Which of them index the items is decided once the
 * items are known (index-of-items.ts).
 */
export function readIndexCandidates(lines: LedgerLines, to: number): IndexEntry[][] {
  const groups: IndexEntry[][] = []
  for (const table of lines.scan.tables) {
    if (table.startLine > to) break
    const entries = readIndexTable(lines, table)
    if (entries.length > 0) groups.push(entries)
  }
  const listed: IndexEntry[] = []
  for (const item of lines.scan.listItems) {
    if (item.line > to) break
    const entry = readIndexListLine(lines, item.line)
    if (entry) listed.push(entry)
  }
  if (listed.length > 0) groups.push(listed)
  return groups
}

const ID_DECORATION = '*_`[] \t'

/** `[TEST-PYTORCH-001](#anchor)`, `` `ID` ``, `**ID**`, `[ID]` → `ID`. */
export function indexCellId(cell: string): string {
  let text = cell.trim()
  const link = /^\[(.*)\]\([^)]*\)$/s.exec(text)
  if (link) text = link[1]
  return trimCharacters(text.replace(/\\(.)/gs, '$1'), ID_DECORATION)
}

function headerName(text: string): string {
  return text.replace(/[*_`]/g, '').trim().toLowerCase()
}

function readIndexTable(lines: LedgerLines, table: TableBlock): IndexEntry[] {
  const names = table.header.cells.map((cell) => headerName(cell.text))
  const idColumn = names.findIndex((name) => name === 'id' || name === 'item id' || name === 'item')
  if (idColumn === -1) return []
  const column = (test: (name: string) => boolean): number => names.findIndex(test)
  const priorityColumn = column((name) => name.startsWith('priority'))
  const statusColumn = column((name) => name === 'status' || name === 'state' || name.startsWith('status '))
  const titleColumn = column((name) => name === 'title' || name === 'item' || name === 'summary' || name === 'description')
  const entries: IndexEntry[] = []
  for (const row of table.rows) {
    const idCell = row.cells[idColumn]
    const id = idCell ? indexCellId(idCell.text) : ''
    if (id === '') {
      warn(lines, row.line, 'Index row has no ID; it cannot be kept in step with an item')
      continue
    }
    const cell = (at: number) => (at >= 0 && at !== idColumn ? row.cells[at] : undefined)
    const priority = cell(priorityColumn)
    const status = cell(statusColumn)
    entries.push({
      id,
      kind: 'table',
      line: row.line + 1,
      span: lineSpan(lines, row.line, row.line),
      title: cell(titleColumn)?.text,
      priority: priority?.text,
      status: status?.text,
      prioritySpan: priority ? {start: priority.contentStart, end: priority.contentEnd} : undefined,
      statusSpan: status ? {start: status.contentStart, end: status.contentEnd} : undefined,
    })
  }
  return entries
}

// `[ID]` or `[ID](#anchor)` (optionally bold) at the start of the bullet's text.
const LIST_ID = /^(?:\*\*|__)?\[([^\]\s][^\]]*)\](?:\([^)]*\))?(?:\*\*|__)?/
const LIST_KEY = /(?:\*\*|__)?\b(priority|status)(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]*/gi
// A list value ends at a comma, semicolon, parenthesis, pipe or a spaced dash.
const VALUE_END = /[,;(|]|\s[—–-]\s/

// Between the title and the first key: `Title — Priority: …` has the title `Title`.
const SEPARATOR_CHARACTER = /[\s—–:,;|-]/

function readIndexListLine(lines: LedgerLines, at: number): IndexEntry | undefined {
  const item = lines.listItems[at]
  if (!item) return undefined
  const {offset, text} = textAfterMarker(lines, item)
  const idMatch = LIST_ID.exec(text)
  if (!idMatch || idMatch[1].trim().length < 2) return undefined
  const values: {priority?: Span; status?: Span} = {}
  let firstKey = -1
  LIST_KEY.lastIndex = idMatch[0].length
  for (let key = LIST_KEY.exec(text); key && !(values.priority && values.status); key = LIST_KEY.exec(text)) {
    const name = key[1].toLowerCase() as 'priority' | 'status'
    if (firstKey < 0) firstKey = key.index
    if (values[name]) continue
    const valueStart = key.index + key[0].length
    const endMatch = VALUE_END.exec(text.slice(valueStart))
    const valueEnd = trimEnd(text, valueStart, endMatch ? valueStart + endMatch.index : text.length)
    if (valueEnd > valueStart) values[name] = {start: offset + valueStart, end: offset + valueEnd}
  }
  if (firstKey < 0) return undefined
  const title = trimCharacters(text.slice(idMatch[0].length, firstKey), '', SEPARATOR_CHARACTER).trim()
  const slice = (span?: Span) => (span ? lines.doc.text.slice(span.start, span.end) : undefined)
  return {
    id: idMatch[1].trim(),
    kind: 'list',
    line: at + 1,
    span: lineSpan(lines, at, at),
    title: title === '' ? undefined : title,
    priority: slice(values.priority),
    status: slice(values.status),
    prioritySpan: values.priority,
    statusSpan: values.status,
  }
}
