/**
 * The original text of a ledger with line positions. Everything planledger reads points back into
 * `text` by offset, so edits can splice the original instead of re-serialising it.
 */
export interface Line {
  /** 0-based index; human line number is index + 1. */
  index: number
  /** Offset of the first character (after a BOM on line 0). */
  start: number
  /** Offset just past the last content character, before any `\r\n` / `\n`. */
  end: number
  /** Offset just past the line ending (equals `end` on a last line without one). */
  endWithEol: number
  /** The line's content without its ending. */
  text: string
}

export type LineEnding = '\n' | '\r\n'

export interface LedgerDocument {
  path: string
  text: string
  hasBom: boolean
  /** The dominant line ending; used for inserted text. Existing endings are never touched. */
  eol: LineEnding
  lines: Line[]
}

export function createDocument(path: string, text: string): LedgerDocument {
  const hasBom = text.charCodeAt(0) === 0xfeff
  const lines: Line[] = []
  let crlf = 0
  let lf = 0
  let start = hasBom ? 1 : 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    if (newline === -1) {
      // A final line without an ending; an empty one exists only if the text is empty.
      if (start < text.length || lines.length === 0) {
        lines.push({index: lines.length, start, end: text.length, endWithEol: text.length, text: text.slice(start)})
      }
      break
    }
    const hasCr = newline > start && text.charCodeAt(newline - 1) === 13
    if (hasCr) crlf++
    else lf++
    const end = hasCr ? newline - 1 : newline
    lines.push({index: lines.length, start, end, endWithEol: newline + 1, text: text.slice(start, end)})
    start = newline + 1
  }
  return {path, text, hasBom, eol: crlf > lf ? '\r\n' : '\n', lines}
}

/** Converts `\n` in text planledger inserts to the document's own line ending. */
export function withDocumentEol(doc: LedgerDocument, text: string): string {
  return doc.eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n')
}

/** The 0-based index of the line holding an offset (a line's end offset counts as that line): a binary search. */
export function lineIndexAt(doc: LedgerDocument, offset: number): number {
  let low = 0
  let high = doc.lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (doc.lines[middle].start <= offset) low = middle
    else high = middle - 1
  }
  return low
}
