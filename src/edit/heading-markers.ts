import type {LedgerDocument} from '../ledger/document.js'
import {findHeadingMarker} from '../ledger/dialects/heading-marker.js'
import type {FixPlanLedger} from '../ledger/model.js'
import {scanDocument} from '../ledger/scan.js'

/** The status markers that end headings of the file (`✅`, `✅ COMPLETE`, `[done]`, `(RESOLVED)`), one per heading. */
export function headingEndMarkers(doc: LedgerDocument): string[] {
  const markers: string[] = []
  for (const heading of scanDocument(doc).headings) {
    const marker = findHeadingMarker(heading.text, 0)
    // Only a marker that closes the heading is a style to copy: `## ✅ Phase 1` leads with it.
    if (marker && heading.text.slice(marker.end).trim() === '') markers.push(marker.status)
  }
  return markers
}

/**
 * The status markers item headings open with (`### ✅ Task 1: …`), one per item: the other place a
 * file may keep a heading's status. Phase headings that lead with one (`## ✅ Phase 1`) are not items.
 */
export function headingLeadMarkers(ledger: FixPlanLedger): string[] {
  return ledger.items.flatMap((item) => {
    if (item.kind !== 'heading' || item.statusSource !== 'heading-marker' || !item.statusSpan) return []
    return item.statusSpan.start === headingTextStart(ledger.doc, item.line) ? [ledger.doc.text.slice(item.statusSpan.start, item.statusSpan.end)] : []
  })
}

/** Where the text of the heading on 1-based `line` starts (after `#`s and spaces, as the scanner reads it); the line's start if none. */
export function headingTextStart(doc: LedgerDocument, line: number): number {
  return scanDocument(doc).headings.find((heading) => heading.line === line - 1)?.textStart ?? doc.lines[line - 1].start
}
