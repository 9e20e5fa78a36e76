import {conflictMarkerLines, isConflictMarker} from './conflict-marker-lines.js'
import type {LedgerDocument} from './document.js'
import {htmlBlockEnd} from './html-block.js'
import {mayOpenListItem, opensListItem, readListItem, type ListItem} from './list-item-line.js'

// List item types live with the code that reads them; readers import them from here, with the scan.
export type {Checkbox, ListItem} from './list-item-line.js'
import {splitTableCells, type TableCell} from './table-cells.js'
import {columnsOf, firstNonWhitespace} from './whitespace.js'

/**
 * A linear, fence-aware line scanner. It finds the structure ledgers use (headings, pipe tables,
 * list items with checkboxes) without running a full Markdown parser over the file, which is
 * seconds-slow on 400 KB ledgers and quadratic on deep lists.
 */
export type LineKind = 'blank' | 'heading' | 'table' | 'list' | 'fence' | 'code' | 'html' | 'text'

export interface Heading {
  /** 0-based line index. */
  line: number
  level: number
  /** Title without the `#` marks and closing sequence. */
  text: string
  textStart: number
  textEnd: number
}

export interface TableRow {
  line: number
  cells: TableCell[]
}

export interface TableBlock {
  startLine: number
  endLine: number
  header: TableRow
  /** Absent for tables written without a `| --- |` row (GFM would not call them tables). */
  delimiterLine?: number
  rows: TableRow[]
}

export interface CodeFence {
  startLine: number
  /** Line of the closing fence, or the last line when the fence is never closed. */
  endLine: number
  closed: boolean
}

export interface ScanWarning {
  line: number
  message: string
}

export interface ScanResult {
  kinds: LineKind[]
  headings: Heading[]
  tables: TableBlock[]
  listItems: ListItem[]
  fences: CodeFence[]
  /** Lines holding git conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`, `|||||||`). */
  conflictMarkers: number[]
  warnings: ScanWarning[]
}

const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/s
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
// Two runs of blanks are never adjacent (a pipe stands between them): adjacent runs can split a long
// run of blanks in every way, which is quadratic.
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/
const SETEXT_EQUALS = /^ {0,3}=+[ \t]*$/
export function scanDocument(doc: LedgerDocument): ScanResult {
  const result: ScanResult = {kinds: [], headings: [], tables: [], listItems: [], fences: [], conflictMarkers: [], warnings: []}
  const {lines} = doc
  result.conflictMarkers = conflictMarkerLines(doc)
  let index = 0
  while (index < lines.length) {
    const line = lines[index]
    const text = line.text
    // Fences, HTML, headings, tables, thematic breaks and list items each open with one known
    // character after the indentation: most lines skip all their regexes on this one test.
    const indent = indentEnd(text)
    const lead = text.charCodeAt(indent)
    // A printable ASCII character there: the line is not blank, and has no other whitespace to skip.
    const printable = lead > 32 && lead < 127
    if (!printable && isBlankLine(text)) {
      result.kinds[index++] = 'blank'
      continue
    }
    const fence = lead === BACKTICK || lead === TILDE ? FENCE_OPEN.exec(text) : null
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      index = scanFence(doc, index, fence[1], result)
      continue
    }
    const htmlEnd = lead === LESS_THAN ? htmlBlockEnd(doc, index, !paragraphOpenAbove(doc, result, index)) : -1
    if (htmlEnd !== -1) {
      for (let at = index; at <= htmlEnd; at++) result.kinds[at] = 'html'
      index = htmlEnd + 1
      continue
    }
    const heading = lead === HASH ? HEADING.exec(text) : null
    if (heading) {
      const [textStart, textEnd] = headingTitleBounds(text, heading[0].length)
      const title = text.slice(textStart, textEnd)
      result.headings.push({line: index, level: heading[1].length, text: title, textStart: line.start + textStart, textEnd: line.start + textEnd})
      result.kinds[index++] = 'heading'
      continue
    }
    const tableEnd = lead === PIPE || !printable || text.includes('|') ? tableBlockEnd(doc, index) : -1
    if (tableEnd !== -1) {
      result.tables.push(readTable(doc, index, tableEnd))
      for (let at = index; at <= tableEnd; at++) result.kinds[at] = 'table'
      index = tableEnd + 1
      continue
    }
    if (mayOpenListItem(lead) && !(mayOpenThematicBreak(lead) && THEMATIC_BREAK.test(text))) {
      const item = readListItem(text, indent, line.start, index)
      if (item) {
        result.listItems.push(item)
        result.kinds[index++] = 'list'
        continue
      }
    }
    result.kinds[index++] = 'text'
  }
  return result
}

/** The title between the `#` marks and an optional closing `#` sequence, trimmed (by hand: a regex here is quadratic on long space runs). */
function headingTitleBounds(text: string, from: number): [number, number] {
  let start = from
  let end = text.length
  while (start < end && isBlank(text[start])) start++
  while (end > start && isBlank(text[end - 1])) end--
  let closing = end
  while (closing > start && text[closing - 1] === '#') closing--
  if (closing < end && (closing === start || isBlank(text[closing - 1]))) {
    end = closing
    while (end > start && isBlank(text[end - 1])) end--
  }
  return [start, end]
}

/** Whether a line holds only whitespace (as `trim` sees it). */
function isBlankLine(text: string): boolean {
  return firstNonWhitespace(text) === -1
}

const BACKTICK = 96
const TILDE = 126
const LESS_THAN = 60
const HASH = 35
const PIPE = 124

/** Index of the first character that is not a space or tab (the length for a line of only those). */
function indentEnd(text: string): number {
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code !== 32 && code !== 9) break
    at++
  }
  return at
}

/** Thematic breaks are made of `-`, `*` or `_`. */
function mayOpenThematicBreak(lead: number): boolean {
  return lead === 45 || lead === 42 || lead === 95
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t'
}

function scanFence(doc: LedgerDocument, openLine: number, opener: string, result: ScanResult): number {
  const closing = new RegExp(`^[ \\t]*${opener[0] === '`' ? '`' : '~'}{${opener.length},}[ \\t]*$`)
  result.kinds[openLine] = 'fence'
  for (let at = openLine + 1; at < doc.lines.length; at++) {
    if (closing.test(doc.lines[at].text)) {
      result.kinds[at] = 'fence'
      result.fences.push({startLine: openLine, endLine: at, closed: true})
      return at + 1
    }
    result.kinds[at] = 'code'
  }
  const last = doc.lines.length - 1
  result.fences.push({startLine: openLine, endLine: last, closed: false})
  result.warnings.push({line: openLine, message: `Code fence ${opener} opened here is never closed; the rest of the file is read as code`})
  return last + 1
}

/**
 * Whether the line above leaves a paragraph open that this line would continue: a line of text (not
 * a rule or a `===` underline, which end one), a list item's first line, or a table without a
 * delimiter row (GFM reads it as a paragraph).
 */
function paragraphOpenAbove(doc: LedgerDocument, result: ScanResult, index: number): boolean {
  const above = result.kinds[index - 1]
  if (above === 'list') return true
  if (above === 'table') return result.tables[result.tables.length - 1].delimiterLine === undefined
  if (above !== 'text') return false
  const text = doc.lines[index - 1].text
  return !THEMATIC_BREAK.test(text) && !SETEXT_EQUALS.test(text)
}

/** Whether the first non-whitespace character (as `trim` sees it) is `|`. */
function startsWithPipe(text: string): boolean {
  return text.charCodeAt(firstNonWhitespace(text)) === PIPE
}

/** Last line of the pipe table starting at `start`, or -1 when none starts there. */
function tableBlockEnd(doc: LedgerDocument, start: number): number {
  const {lines} = doc
  const first = lines[start].text
  // A table either has a delimiter row under its first line (GFM's) or leading pipes (read as a table
  // even without a delimiter row: real ledgers write them so).
  const delimited = first.includes('|') && start + 1 < lines.length && isDelimiterRow(lines[start + 1].text) && !headerOpensListItem(first, lines[start + 1].text)
  if (!delimited && !startsWithPipe(first)) return -1
  let at = start
  while (at + 1 < lines.length) {
    const next = lines[at + 1].text
    if (isBlankLine(next) || isConflictMarker(next)) break
    // GFM's rows go on while a line holds a pipe; without a delimiter row, only lines that start with one are rows.
    if (delimited ? !next.includes('|') : !startsWithPipe(next)) break
    if (HEADING.test(next) || FENCE_OPEN.test(next)) break
    // A list item or a block quote starts a block of its own (GFM ends the table there).
    if (delimited && (opensListItem(next) || next.trimStart().startsWith('>'))) break
    at++
  }
  return at
}

/**
 * Whether a header row is a list item's line whose delimiter row is not indented into the item: then
 * the list item comes first and the delimiter row is more of its text, not a table.
 */
function headerOpensListItem(header: string, delimiter: string): boolean {
  const indent = indentEnd(header)
  if (!mayOpenListItem(header.charCodeAt(indent))) return false
  const item = readListItem(header, indent, 0, 0)
  return item !== undefined && columnsOf(delimiter, indentEnd(delimiter)) < item.contentColumn
}

function isDelimiterRow(text: string): boolean {
  return text.includes('-') && (text.includes('|') || /^[ \t]*:?-+:?[ \t]*$/.test(text)) && DELIMITER_ROW.test(text)
}

function readTable(doc: LedgerDocument, startLine: number, endLine: number): TableBlock {
  const rowAt = (at: number, expected?: number): TableRow => ({line: at, cells: splitTableCells(doc.lines[at].text, doc.lines[at].start, expected)})
  const header = rowAt(startLine)
  const hasDelimiter = startLine + 1 <= endLine && isDelimiterRow(doc.lines[startLine + 1].text)
  const rows: TableRow[] = []
  for (let at = startLine + (hasDelimiter ? 2 : 1); at <= endLine; at++) rows.push(rowAt(at, header.cells.length))
  return {startLine, endLine, header, delimiterLine: hasDelimiter ? startLine + 1 : undefined, rows}
}

