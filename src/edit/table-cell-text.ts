import type {LedgerDocument} from '../ledger/document.js'
import type {Span} from '../ledger/model.js'
import type {TextEdit} from './text-edit.js'

/**
 * A table cell's content replaced, keeping the cell's width where its padding allows, so an aligned
 * table stays aligned (`| OPEN   |` → `| FIXED  |`); a longer text widens the cell, as a person would.
 * An empty cell keeps one space either side.
 */
export function replaceCell(doc: LedgerDocument, span: Span, to: string): {from: string; edit?: TextEdit} {
  const text = doc.text
  const from = text.slice(span.start, span.end)
  if (from === to) return {from}
  let left = span.start
  while (left > 0 && (text[left - 1] === ' ' || text[left - 1] === '\t')) left--
  let right = span.end
  while (text[right] === ' ' || text[right] === '\t') right++
  // Not between two pipes (a table without outer pipes): only the content changes.
  if (text[left - 1] !== '|' || text[right] !== '|') return {from, edit: {start: span.start, end: span.end, text: to}}
  const leading = from === '' ? ' ' : text.slice(left, span.start) || ' '
  const width = right - left
  const cell = `${leading}${to}`
  return {from, edit: {start: left, end: right, text: cell.length + 1 <= width ? cell.padEnd(width) : `${cell} `}}
}
