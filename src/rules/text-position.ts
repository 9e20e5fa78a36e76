import type {LedgerDocument} from '../ledger/document.js'

/** 0-based index of the line holding document offset `offset`. */
export function lineIndexOf(doc: LedgerDocument, offset: number): number {
  const {lines} = doc
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lines[middle].start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** 1-based line and column of a document offset, as reports carry them. */
export function positionOf(doc: LedgerDocument, offset: number): {line: number; column: number} {
  const index = lineIndexOf(doc, offset)
  return {line: index + 1, column: offset - doc.lines[index].start + 1}
}
