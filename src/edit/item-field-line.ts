import type {LedgerDocument} from '../ledger/document.js'
import type {FixPlanItem} from '../ledger/model.js'
import {scanDocument} from '../ledger/scan.js'
import {appendFields} from './field-line.js'
import {lastContentLine} from './last-content-line.js'
import type {TextEdit} from './text-edit.js'

/**
 * New `Key: value` fields for an item of the §4 dialects. After its last field when it has one (in
 * that field's style); a list item (checklist, queue or log entry) gets nested `- Key: value`
 * bullets after its last line, at its text's column; a heading item gets `- Key: value` lines after
 * the paragraph that opens its body (right under the heading when something else comes first),
 * with a blank line kept before whatever follows.
 */
export function appendItemFields(doc: LedgerDocument, item: FixPlanItem, fields: ReadonlyArray<{key: string; value: string}>): {edit: TextEdit; firstLine: number} {
  if (item.fields.length > 0) return appendFields(doc, item, fields)
  return appendItemLines(doc, item, fields.map(({key, value}) => `- ${key}: ${value}`))
}

/**
 * Lines (written as if at column 0) placed where a new field of the item goes: after its last
 * field at that field's indentation, nested under a list item, or under a heading's opening paragraph.
 */
export function appendItemLines(doc: LedgerDocument, item: FixPlanItem, written: readonly string[]): {edit: TextEdit; firstLine: number} {
  const lastField = item.fields.at(-1)
  if (item.kind === 'heading' && !lastField) return underHeading(doc, item, written)
  const last = lastField ? lastContentLine(doc, lastField.line, lastField.endLine) : lastContentLine(doc, item.line, item.endLine)
  const column = lastField ? lastField.indent : listContentColumn(doc.lines[item.line - 1].text)
  const at = doc.lines[last - 1].end
  return {edit: {start: at, end: at, text: written.map((line) => doc.eol + (line === '' ? '' : ' '.repeat(column) + line)).join('')}, firstLine: last + 1}
}

/** Where a list item's text starts (`- [ ] x` → 2, `12. x` → 4): nested bullets align there. */
export function listContentColumn(line: string): number {
  const match = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(line)
  return match ? match[0].replace(/\t/g, '    ').length : 2
}

function underHeading(doc: LedgerDocument, item: FixPlanItem, written: readonly string[]): {edit: TextEdit; firstLine: number} {
  const kinds = scanDocument(doc).kinds
  const headingIndex = item.line - 1
  let first = headingIndex + 1
  while (first < item.endLine && kinds[first] === 'blank') first++
  let after = headingIndex
  if (first < item.endLine && kinds[first] === 'text') {
    after = first
    while (after + 1 < item.endLine && kinds[after + 1] === 'text') after++
  }
  const at = doc.lines[after].end
  const next = doc.lines[after + 1]
  const blankAfter = next !== undefined && next.text.trim() !== '' ? doc.eol : ''
  // A field under the paragraph starts its own list: a blank line keeps Markdown from reading it as the paragraph's.
  const blankBefore = after > headingIndex ? doc.eol : ''
  return {edit: {start: at, end: at, text: blankBefore + written.map((line) => doc.eol + line).join('') + blankAfter}, firstLine: after + 2 + (blankBefore ? 1 : 0)}
}
