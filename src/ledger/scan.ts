import type {LedgerDocument} from './document.js'
import {splitTableCells, type TableCell} from './table-cells.js'

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

export interface Checkbox {
  /** What stands between the brackets: ` `, `x`, `P`, `✅`, ... */
  marker: string
  /** Offsets of `[` and just past `]`. */
  start: number
  end: number
}

export interface ListItem {
  line: number
  /** Indentation in columns (a tab advances to the next multiple of 4). */
  indent: number
  /** `-`, `*`, `+`, `1.`, `2)` ... */
  marker: string
  markerStart: number
  checkbox?: Checkbox
  /** Offset where the item's text starts (after marker, spaces and checkbox). */
  contentStart: number
  /** Column of the text after the marker (before any checkbox): where continuation lines align. */
  contentColumn: number
  text: string
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
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/
const CHECKBOX = /^\[( |[^\s[\]]{1,2})\](?=[ \t]|$)[ \t]*/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const CONFLICT_MARKER = /^(<{7}|>{7}|\|{7})(?: |$)|^={7}$/
const HTML_COMMENT_OPEN = /^ {0,3}<!--/
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i
const HTML_BLOCK_OPEN =
  /^ {0,3}<\/?(address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)/i

export function scanDocument(doc: LedgerDocument): ScanResult {
  const result: ScanResult = {kinds: [], headings: [], tables: [], listItems: [], fences: [], conflictMarkers: [], warnings: []}
  const {lines} = doc
  // Conflict markers count everywhere, inside fences and tables too: a separate pass over every line.
  lines.forEach((line, at) => {
    if (mayOpenConflictMarker(line.text) && CONFLICT_MARKER.test(line.text)) result.conflictMarkers.push(at)
  })
  let index = 0
  while (index < lines.length) {
    const line = lines[index]
    const text = line.text

    if (isBlankLine(text)) {
      result.kinds[index++] = 'blank'
      continue
    }
    const fence = FENCE_OPEN.exec(text)
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      index = scanFence(doc, index, fence[1], result)
      continue
    }
    const htmlEnd = htmlBlockEnd(doc, index)
    if (htmlEnd !== -1) {
      for (let at = index; at <= htmlEnd; at++) result.kinds[at] = 'html'
      index = htmlEnd + 1
      continue
    }
    const heading = HEADING.exec(text)
    if (heading) {
      const [textStart, textEnd] = headingTitleBounds(text, heading[0].length)
      const title = text.slice(textStart, textEnd)
      result.headings.push({line: index, level: heading[1].length, text: title, textStart: line.start + textStart, textEnd: line.start + textEnd})
      result.kinds[index++] = 'heading'
      continue
    }
    const tableEnd = tableBlockEnd(doc, index)
    if (tableEnd !== -1) {
      result.tables.push(readTable(doc, index, tableEnd))
      for (let at = index; at <= tableEnd; at++) result.kinds[at] = 'table'
      index = tableEnd + 1
      continue
    }
    if (!THEMATIC_BREAK.test(text)) {
      const item = readListItem(text, line.start, index)
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

/** Whether a line holds only whitespace (as `trim` sees it), without allocating a trimmed copy. */
function isBlankLine(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || (code >= 9 && code <= 13)) continue
    return code < 128 ? false : text.trim() === ''
  }
  return true
}

/** Conflict markers start with `<`, `>`, `=` or `|`. */
function mayOpenConflictMarker(text: string): boolean {
  const first = text.charCodeAt(0)
  return first === 60 || first === 62 || first === 61 || first === 124
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

/** Last line of an HTML block starting at `start`, or -1 when the line does not open one. */
function htmlBlockEnd(doc: LedgerDocument, start: number): number {
  const {lines} = doc
  const text = lines[start].text
  // Every HTML opener is `<` after at most three spaces; most lines are rejected here without a regex.
  const firstAngle = text.indexOf('<')
  if (firstAngle === -1 || firstAngle > 3) return -1
  if (HTML_COMMENT_OPEN.test(text)) return findLine(doc, start, (line) => line.includes('-->'), text.indexOf('<!--') + 4)
  const raw = HTML_RAW_OPEN.exec(text)
  if (raw) {
    const closer = `</${raw[1].toLowerCase()}>`
    return findLine(doc, start, (line) => line.toLowerCase().includes(closer), text.indexOf('<') + 1)
  }
  if (HTML_BLOCK_OPEN.test(text)) {
    let at = start
    while (at + 1 < lines.length && !isBlankLine(lines[at + 1].text)) at++
    return at
  }
  return -1
}

/** The first line from `start` satisfying `ends` (checking the first line only after `skip`). */
function findLine(doc: LedgerDocument, start: number, ends: (text: string) => boolean, skip: number): number {
  if (ends(doc.lines[start].text.slice(skip))) return start
  for (let at = start + 1; at < doc.lines.length; at++) if (ends(doc.lines[at].text)) return at
  return doc.lines.length - 1
}

function startsWithPipe(text: string): boolean {
  return text.trimStart().startsWith('|')
}

/** Last line of the pipe table starting at `start`, or -1 when none starts there. */
function tableBlockEnd(doc: LedgerDocument, start: number): number {
  const {lines} = doc
  const first = lines[start].text
  // A table either has leading pipes (delimiter row optional) or is GFM-style with a delimiter row.
  const leading = startsWithPipe(first)
  const gfm = !leading && first.includes('|') && start + 1 < lines.length && isDelimiterRow(lines[start + 1].text)
  if (!leading && !gfm) return -1
  let at = start
  while (at + 1 < lines.length) {
    const next = lines[at + 1].text
    if (isBlankLine(next) || (mayOpenConflictMarker(next) && CONFLICT_MARKER.test(next))) break
    if (leading ? !startsWithPipe(next) : !next.includes('|')) break
    if (HEADING.test(next) || FENCE_OPEN.test(next)) break
    at++
  }
  return at
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

function columnsOf(text: string): number {
  let column = 0
  for (const char of text) column = char === '\t' ? column + 4 - (column % 4) : column + 1
  return column
}

function readListItem(text: string, lineStart: number, line: number): ListItem | undefined {
  const match = LIST_ITEM.exec(text)
  if (!match) return undefined
  const [whole, indentText, marker] = match
  let contentOffset = whole.length
  const contentColumn = columnsOf(whole)
  let checkbox: Checkbox | undefined
  const box = CHECKBOX.exec(text.slice(contentOffset))
  if (box) {
    const start = lineStart + contentOffset
    checkbox = {marker: box[1], start, end: start + box[1].length + 2}
    contentOffset += box[0].length
  }
  return {
    line,
    indent: columnsOf(indentText),
    marker,
    markerStart: lineStart + indentText.length,
    checkbox,
    contentStart: lineStart + contentOffset,
    contentColumn,
    text: text.slice(contentOffset),
  }
}
