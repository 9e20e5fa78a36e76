import type {LedgerDocument} from '../ledger/document.js'

/** The last non-blank line (1-based) in [first, last]: where text appended after a block goes. */
export function lastContentLine(doc: LedgerDocument, first: number, last: number): number {
  let at = last
  while (at > first && doc.lines[at - 1].text.trim() === '') at--
  return at
}
