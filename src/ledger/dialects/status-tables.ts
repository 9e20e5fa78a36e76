import {lineSpan, type LedgerLines} from '../fix-plan/fix-plan-lines.js'
import type {Span} from '../model.js'
import {SectionCursor} from './sections.js'

/** One row of a table that has an ID column and a status column. */
export interface StatusRow {
  id: string
  title: string
  /** 0-based. */
  line: number
  span: Span
  /** The status cell's trimmed text ('' when empty or missing). */
  status: string
  /** The status cell's content; absent when the row has no such cell. */
  statusSpan?: Span
  section?: string
}

const ID_HEADER = /^(?:id|#|no\.?|nr\.?|№|(?:issue|item|task|bug|fix|finding) id)$/
const STATUS_HEADER = /^(?:status|state|current status|статус|состояние)$|\bstatus$/
const TITLE_HEADERS = ['title', 'description', 'issue', 'problem', 'summary', 'task', 'name', 'item', 'finding']

/** A header or ID cell as people read it: bold, backticks, brackets and `#` dropped, lowercased for headers. */
function plainCell(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/^\[(.*)\]$/s, '$1').trim()
}

/**
 * Rows of the tables that track status by ID (`| ID | … | Status |`, `| # | … | Current status |`),
 * in file order. Tables without both columns are not read: they describe, they do not track.
 */
export function readStatusRows(lines: LedgerLines): StatusRow[] {
  const rows: StatusRow[] = []
  const sections = new SectionCursor(lines.scan.headings)
  for (const table of lines.scan.tables) {
    const headers = table.header.cells.map((cell) => plainCell(cell.text).toLowerCase())
    const idColumn = headers.findIndex((header) => ID_HEADER.test(header))
    const statusColumn = headers.findIndex((header, column) => column !== idColumn && STATUS_HEADER.test(header))
    if (idColumn < 0 || statusColumn < 0) continue
    let titleColumn = headers.findIndex((header) => TITLE_HEADERS.includes(header))
    if (titleColumn < 0) titleColumn = headers.findIndex((_, column) => column !== idColumn && column !== statusColumn)
    const section = sections.at(table.startLine)?.text
    for (const row of table.rows) {
      const id = plainCell(row.cells[idColumn]?.text ?? '').replace(/^#/, '')
      if (id === '' || /^-+$/.test(id)) continue
      const cell = row.cells[statusColumn]
      rows.push({
        id,
        title: plainCell(row.cells[titleColumn]?.text ?? ''),
        line: row.line,
        span: lineSpan(lines, row.line, row.line),
        status: cell?.text ?? '',
        ...(cell && {statusSpan: {start: cell.contentStart, end: cell.contentEnd}}),
        ...(section !== undefined && {section}),
      })
    }
  }
  return rows
}
