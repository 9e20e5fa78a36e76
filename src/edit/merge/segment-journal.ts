import type {LedgerDocument} from '../../ledger/document.js'
import {journalLayout} from '../../ledger/journal-layout.js'
import {scanDocument} from '../../ledger/scan.js'
import type {UnitRange} from './unit-tree.js'

/** A journal's units: entries by their heading (timestamp and label), each through its last line. */
export function journalUnits(doc: LedgerDocument): {ranges: UnitRange[]; newestFirst: boolean} {
  const layout = journalLayout(doc, scanDocument(doc))
  const ranges = layout.entries.map((entry) => ({
    kind: 'journal-entry' as const,
    key: `entry ${doc.lines[entry.line - 1].text.trim()}`,
    from: entry.line - 1,
    to: entry.endLine,
    date: entry.timestamp,
  }))
  return {ranges, newestFirst: layout.order === 'newest-first'}
}
