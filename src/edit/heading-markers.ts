import type {LedgerDocument} from '../ledger/document.js'
import {findHeadingMarker} from '../ledger/dialects/heading-marker.js'
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
