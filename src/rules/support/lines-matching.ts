import {lineIndexAt, type LedgerDocument} from '../../ledger/document.js'

/**
 * Indices of the lines whose text `pattern` matches, in order, each once. `pattern` is global and
 * must not match a line break. One regex pass over the whole text replaces a test per line: most
 * lines of a ledger hold nothing a rule looks for, and a per-line loop was much of the rule's cost.
 */
export function linesMatching(doc: LedgerDocument, pattern: RegExp): number[] {
  const found: number[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(doc.text); match !== null; match = pattern.exec(doc.text)) {
    const index = lineIndexAt(doc, match.index)
    if (found[found.length - 1] !== index) found.push(index)
    const next = doc.lines[index].endWithEol
    // An empty match at the very end of the text: nothing follows.
    if (next <= match.index) break
    pattern.lastIndex = next
  }
  return found
}
