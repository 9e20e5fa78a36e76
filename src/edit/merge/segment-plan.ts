import {lineIndexAt, type LedgerDocument} from '../../ledger/document.js'
import {readPlan} from '../../ledger/plan/plan.js'
import {scanDocument} from '../../ledger/scan.js'
import type {StateVocabulary} from '../../ledger/plan/state-marker.js'
import {sectionEndByHeadingLine} from './section-ends.js'
import {rowTextKey} from './row-text-key.js'
import type {UnitRange} from './unit-tree.js'

/** A plan's units: phases by ID (or title), and task rows by ID (checklist rows without one by text). */
export function planUnits(doc: LedgerDocument, vocabulary?: StateVocabulary): UnitRange[] {
  const scan = scanDocument(doc)
  const plan = readPlan(doc, scan, vocabulary)
  const ranges: UnitRange[] = []
  const sectionEnd = sectionEndByHeadingLine(scan.headings, doc.lines.length)
  // Phases are read from headings: each one's line is a heading's.
  for (const phase of plan.phases) {
    ranges.push({kind: 'phase', key: `phase ${phase.id ?? phase.title}`, from: phase.line - 1, to: sectionEnd.get(phase.line - 1)!})
  }
  for (const row of plan.rows) {
    const last = row.paragraphEnd === undefined ? row.line - 1 : lineIndexAt(doc, row.paragraphEnd)
    ranges.push({kind: 'plan-row', key: `row ${row.id ?? (row.text === undefined ? row.line : rowTextKey(row.text))}`, from: row.line - 1, to: Math.max(last, row.line - 1) + 1})
  }
  return ranges
}

