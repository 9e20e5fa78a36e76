import {lineIndexAt, type LedgerDocument} from '../../ledger/document.js'
import type {ScanResult} from '../../ledger/scan.js'
import {memoizeByString} from '../../ledger/string-memo.js'
import {lineMarkupOf} from './line-markup.js'

/** A string a ledger cites: a code span's content or an inline link's target. */
export interface CitedString {
  text: string
  /** Document offset where the cited text starts. */
  offset: number
  via: 'code' | 'link'
}

/** A cited string as found on one line: `at` is an index into the line's text. */
interface LineCitation {
  readonly text: string
  readonly at: number
  /** Where the span or link starts: it counts as within a range when this index is. */
  readonly from: number
  readonly via: 'code' | 'link'
}

/** Code spans and link targets within document offsets [start, end), skipping fenced code blocks. */
export function citedStringsIn(doc: LedgerDocument, scan: ScanResult, start: number, end: number): CitedString[] {
  const cited: CitedString[] = []
  const last = lineIndexAt(doc, Math.max(start, end - 1))
  for (let index = lineIndexAt(doc, start); index <= last; index++) {
    const kind = scan.kinds[index]
    if (kind === 'code' || kind === 'fence') continue
    const line = doc.lines[index]
    for (const citation of citationsOnLine(line.text)) {
      const from = line.start + citation.from
      if (from >= start && from < end) cited.push({text: citation.text, offset: line.start + citation.at, via: citation.via})
    }
  }
  return cited
}

/** A line's code span contents and link targets, in the order they start; once per distinct text. */
const citationsOnLine = memoizeByString((text: string): readonly LineCitation[] => {
  const {codeSpans, links} = lineMarkupOf(text)
  const found: LineCitation[] = []
  for (const span of codeSpans) found.push({text: text.slice(span.contentStart, span.contentEnd), at: span.contentStart, from: span.start, via: 'code'})
  for (const link of links) found.push({text: link.target, at: link.targetStart, from: link.start, via: 'link'})
  return found.sort((a, b) => a.at - b.at)
})
