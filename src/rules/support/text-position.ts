import {lineIndexAt, type LedgerDocument} from '../../ledger/document.js'

/** 1-based line and column of a document offset, as reports carry them. */
export function positionOf(doc: LedgerDocument, offset: number): {line: number; column: number} {
  const index = lineIndexAt(doc, offset)
  return {line: index + 1, column: offset - doc.lines[index].start + 1}
}

/** 1-based column of document offset `offset` on 1-based `line`; 1 when the offset is not on that line. */
export function columnAt(doc: LedgerDocument, line: number, offset: number): number {
  const start = doc.lines[line - 1]?.start
  if (start === undefined || offset < start) return 1
  return offset - start + 1
}

/** 1-based column where `needle` first occurs on 1-based `line` (from `fromColumn`), else 1. */
export function columnOf(doc: LedgerDocument, line: number, needle: string, fromColumn = 1): number {
  const at = doc.lines[line - 1]?.text.indexOf(needle, fromColumn - 1) ?? -1
  return at === -1 ? 1 : at + 1
}
