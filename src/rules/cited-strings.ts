import type {LedgerDocument} from '../ledger/document.js'
import type {ScanResult} from '../ledger/scan.js'
import {codeSpansOf} from './code-spans.js'
import {markdownLinksOf} from './markdown-links.js'
import {lineIndexOf} from './text-position.js'

/** A string a ledger cites: a code span's content or an inline link's target. */
export interface CitedString {
  text: string
  /** Document offset where the cited text starts. */
  offset: number
  via: 'code' | 'link'
}

/** Code spans and link targets within document offsets [start, end), skipping fenced code blocks. */
export function citedStringsIn(doc: LedgerDocument, scan: ScanResult, start: number, end: number): CitedString[] {
  const cited: CitedString[] = []
  const last = lineIndexOf(doc, Math.max(start, end - 1))
  for (let index = lineIndexOf(doc, start); index <= last; index++) {
    const kind = scan.kinds[index]
    if (kind === 'code' || kind === 'fence') continue
    const line = doc.lines[index]
    const within = (at: number) => line.start + at >= start && line.start + at < end
    const spans = codeSpansOf(line.text)
    const found: CitedString[] = []
    for (const span of spans) {
      if (within(span.start)) found.push({text: line.text.slice(span.contentStart, span.contentEnd), offset: line.start + span.contentStart, via: 'code'})
    }
    for (const link of markdownLinksOf(line.text, spans)) {
      if (within(link.start)) found.push({text: link.target, offset: line.start + link.targetStart, via: 'link'})
    }
    cited.push(...found.sort((a, b) => a.offset - b.offset))
  }
  return cited
}
