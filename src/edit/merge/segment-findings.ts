import type {LedgerDocument} from '../../ledger/document.js'
import {readFindings} from '../../ledger/findings/findings.js'
import {scanDocument} from '../../ledger/scan.js'
import {sectionEndByHeadingLine} from './section-ends.js'
import type {UnitRange} from './unit-tree.js'

/** A findings ledger's units: table rows by finding ID; heading findings through their section. */
export function findingsUnits(doc: LedgerDocument): UnitRange[] {
  const scan = scanDocument(doc)
  const sectionEnd = sectionEndByHeadingLine(scan.headings, doc.lines.length)
  return readFindings(doc, scan).findings.map((finding) => {
    if (finding.source === 'table') return {kind: 'finding' as const, key: `finding ${finding.id}`, from: finding.line - 1, to: finding.line}
    // A finding not in a table is read from a heading: its line is one.
    return {kind: 'finding' as const, key: `finding ${finding.id}`, from: finding.line - 1, to: sectionEnd.get(finding.line - 1)!}
  })
}
