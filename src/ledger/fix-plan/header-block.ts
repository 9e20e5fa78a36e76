import type {LedgerDocument} from '../document.js'
import {opensListItem} from '../list-item-line.js'
import type {HeaderField} from '../model.js'

/**
 * The lines right under a header line that belong to it (`**Active Focus:** …` followed by
 * bullets): list items and indented lines up to a blank line, a heading or another header line.
 * 0-based first and last line; undefined when the header is one line.
 */
export function headerBlock(doc: LedgerDocument, header: HeaderField, headers: readonly HeaderField[]): {first: number; last: number} | undefined {
  const headerLines = new Set(headers.map((field) => field.line - 1))
  let at = header.line
  while (at < doc.lines.length) {
    const text = doc.lines[at].text
    if (text.trim() === '' || headerLines.has(at) || !(opensListItem(text) || /^[ \t]/.test(text))) break
    at++
  }
  return at > header.line ? {first: header.line, last: at - 1} : undefined
}
