import {firstNonWhitespace} from './whitespace.js'

/** One cell of a pipe-table row, as offsets into the document text. */
export interface TableCell {
  /** Raw content between the pipes (spaces included). */
  start: number
  end: number
  /** The content without surrounding spaces; equal to each other for an empty cell. */
  contentStart: number
  contentEnd: number
  /** The trimmed raw text (escapes and markup kept). */
  text: string
}

/**
 * Splits a pipe-table line into cells. A `\|` escape never splits. A pipe inside an inline code span
 * does not split either (humans write `a|b` in backticks meaning one cell), unless that gives the
 * wrong cell count and splitting at every pipe gives the header's (a lone backtick in one cell).
 */
export function splitTableCells(lineText: string, lineStart: number, expectedCells?: number): TableCell[] {
  const codeAware = splitAt(lineText, lineStart, true)
  if (expectedCells === undefined || codeAware.length === expectedCells) return codeAware
  const plain = splitAt(lineText, lineStart, false)
  return plain.length === expectedCells ? plain : codeAware
}

const SPLITTING_CHARACTER = /[\\`|]/g

function splitAt(lineText: string, lineStart: number, codeSpans: boolean): TableCell[] {
  const cells: TableCell[] = []
  let index = 0
  while (index < lineText.length && (lineText[index] === ' ' || lineText[index] === '\t')) index++
  if (lineText[index] === '|') index++
  let cellStart = index
  while (index < lineText.length) {
    // Only escapes, backticks and pipes matter: jump between them (table rows run to thousands of characters).
    SPLITTING_CHARACTER.lastIndex = index
    const found = SPLITTING_CHARACTER.exec(lineText)
    if (found === null) break
    index = found.index
    const char = found[0]
    if (char === '\\') {
      index += 2
      continue
    }
    if (char === '`' && codeSpans) {
      const closing = closingBacktickRun(lineText, index)
      if (closing !== -1) {
        index = closing
        continue
      }
      index = skipRun(lineText, index, '`')
      continue
    }
    if (char === '|') {
      cells.push(makeCell(lineText, lineStart, cellStart, index))
      cellStart = index + 1
    }
    index++
  }
  // Text after the last pipe is a cell only when it is not blank (no trailing pipe).
  if (firstNonWhitespace(lineText, cellStart) !== -1) cells.push(makeCell(lineText, lineStart, cellStart, lineText.length))
  return cells
}

/** The cell spanning `[from, to)` of `lineText` (offsets in the document are `lineStart` later), its content trimmed of spaces and tabs. */
export function makeCell(lineText: string, lineStart: number, from: number, to: number): TableCell {
  let contentStart = from
  let contentEnd = to
  while (contentStart < contentEnd && isSpace(lineText[contentStart])) contentStart++
  while (contentEnd > contentStart && isSpace(lineText[contentEnd - 1])) contentEnd--
  return {
    start: lineStart + from,
    end: lineStart + to,
    contentStart: lineStart + contentStart,
    contentEnd: lineStart + contentEnd,
    text: lineText.slice(contentStart, contentEnd),
  }
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t'
}

function skipRun(text: string, from: number, char: string): number {
  let index = from
  while (text[index] === char) index++
  return index
}

/** Index just past the backtick run that closes the code span opened at `from`, or -1. */
function closingBacktickRun(text: string, from: number): number {
  const openEnd = skipRun(text, from, '`')
  const length = openEnd - from
  let search = openEnd
  for (;;) {
    const next = text.indexOf('`', search)
    if (next === -1) return -1
    const runEnd = skipRun(text, next, '`')
    if (runEnd - next === length) return runEnd
    search = runEnd
  }
}
