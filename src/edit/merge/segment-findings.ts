import type {LedgerDocument} from '../../ledger/document.js'
import {readFindings} from '../../ledger/findings/findings.js'
import {scanDocument} from '../../ledger/scan.js'
import type {UnitRange} from './unit-tree.js'

/** A findings ledger's units: table rows by finding ID; heading findings through their section. */
export function findingsUnits(doc: LedgerDocument): UnitRange[] {
  const scan = scanDocument(doc)
  return readFindings(doc, scan).findings.map((finding) => {
    if (finding.source === 'table') return {kind: 'finding' as const, key: `finding ${finding.id}`, from: finding.line - 1, to: finding.line}
    const at = scan.headings.findIndex((heading) => heading.line === finding.line - 1)
    const next = scan.headings.slice(at + 1).find((heading) => heading.level <= scan.headings[at].level)
    return {kind: 'finding' as const, key: `finding ${finding.id}`, from: finding.line - 1, to: next?.line ?? doc.lines.length}
  })
}
