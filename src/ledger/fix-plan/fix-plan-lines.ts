import type {LedgerDocument} from '../document.js'
import type {LedgerWarning, Span} from '../model.js'
import type {LineKind, ListItem, ScanResult} from '../scan.js'
import {columnsOf, leadingBlankEnd} from '../whitespace.js'

/**
 * Per-line lookups over one scan, shared by the fix-plan readers: they walk line indices instead
 * of re-parsing text, which keeps reading a 100 KB ledger linear. All line numbers here are 0-based.
 */
export interface LedgerLines {
  doc: LedgerDocument
  scan: ScanResult
  count: number
  listItems: Array<ListItem | undefined>
  /** On a fence's opening line: the fence's last line; -1 elsewhere. */
  fenceEnd: Int32Array
  indents: Int32Array
  warnings: LedgerWarning[]
}

export function createLedgerLines(doc: LedgerDocument, scan: ScanResult): LedgerLines {
  const count = doc.lines.length
  const listItems: Array<ListItem | undefined> = new Array(count)
  for (const item of scan.listItems) if (item.line >= 0 && item.line < count) listItems[item.line] = item
  const fenceEnd = new Int32Array(count).fill(-1)
  for (const fence of scan.fences) if (fence.startLine >= 0 && fence.startLine < count) fenceEnd[fence.startLine] = fence.endLine
  return {doc, scan, count, listItems, fenceEnd, indents: new Int32Array(count).fill(-1), warnings: []}
}

export function kindOf(lines: LedgerLines, at: number): LineKind {
  return lines.scan.kinds[at] ?? 'text'
}

export function isBlank(lines: LedgerLines, at: number): boolean {
  return kindOf(lines, at) === 'blank'
}

/** Width of a line's leading whitespace in columns (a tab advances to the next multiple of 4, as in the scanner). */
export function indentOf(lines: LedgerLines, at: number): number {
  const cached = lines.indents[at]
  if (cached >= 0) return cached
  const text = lines.doc.lines[at].text
  const column = columnsOf(text, leadingBlankEnd(text))
  lines.indents[at] = column
  return column
}

export function warn(lines: LedgerLines, at: number, message: string): void {
  lines.warnings.push({path: lines.doc.path, line: at + 1, message})
}

/** From the start of line `first` to the end of line `last`, without the final line ending. */
export function lineSpan(lines: LedgerLines, first: number, last: number): Span {
  return {start: lines.doc.lines[first].start, end: lines.doc.lines[last].end}
}

/** The last line of `[from, to]` that is not blank (`from` when all are). */
export function lastNonBlank(lines: LedgerLines, from: number, to: number): number {
  let at = to
  while (at > from && isBlank(lines, at)) at--
  return at
}

/**
 * Last line of the block that starts at `start`: following lines indented deeper than `threshold`
 * columns, blank lines only when such a line follows, whole fenced blocks whose opening line is
 * deeper. Headings always end a block. Never goes past `limit`.
 */
export function blockEnd(lines: LedgerLines, start: number, threshold: number, limit: number): number {
  let last = start
  let at = start + 1
  while (at <= limit) {
    const kind = kindOf(lines, at)
    if (kind === 'blank') {
      at++
      continue
    }
    if (kind === 'heading' || indentOf(lines, at) <= threshold) break
    // Code inside a deeper fence belongs to the block whatever its own indentation.
    const fenceLast = lines.fenceEnd[at]
    last = fenceLast > at ? Math.min(fenceLast, limit) : at
    at = last + 1
  }
  return last
}

/** The line's text after a list marker and its spaces, with the absolute offset where it starts. */
export function textAfterMarker(lines: LedgerLines, item: ListItem): {offset: number; text: string} {
  const line = lines.doc.lines[item.line]
  let index = item.markerStart - line.start + item.marker.length
  while (index < line.text.length && (line.text[index] === ' ' || line.text[index] === '\t')) index++
  return {offset: line.start + index, text: line.text.slice(index)}
}

/** Offset just past the last non-space character in `[start, end)`, or `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return at
}
