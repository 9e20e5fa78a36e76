import type {LedgerDocument} from '../ledger/document.js'
import type {Field, FixPlanItem} from '../ledger/model.js'
import {lastContentLine} from './last-content-line.js'
import type {TextEdit} from './text-edit.js'

/**
 * Replaces the value on the field's first line only: bullet, key markup (`**Status:**`) and any
 * continuation lines stay as written.
 */
export function replaceFieldValue(doc: LedgerDocument, field: Field, value: string): TextEdit {
  const {start, end} = field.valueSpan
  // `- Notes:` with nothing after the colon needs a space before the new value.
  const before = doc.text[start - 1]
  const spaced = before === ' ' || before === '\t' ? value : ` ${value}`
  return {start, end, text: spaced}
}

/**
 * New `- Key: value` lines after the item's last field (after its continuation lines), in that
 * field's own bullet, indentation and key markup; right after the heading when the item has none
 * (then, when a paragraph follows the heading, a blank line too: Markdown would otherwise read the
 * paragraph as part of the new list item). Returns the insertion and the 1-based line the first
 * new field will have.
 */
export function appendFields(doc: LedgerDocument, item: FixPlanItem, fields: ReadonlyArray<{key: string; value: string}>): {edit: TextEdit; firstLine: number} {
  const model = item.fields.at(-1)
  const afterLine = model ? lastContentLine(doc, model.line, model.endLine) : item.line
  const style = model ? fieldStyle(doc, model) : {prefix: '- ', open: '', close: ': '}
  const lines = fields.map(({key, value}) => `${style.prefix}${style.open}${key}${style.close}${value}`)
  const at = doc.lines[afterLine - 1].end
  const next = doc.lines[afterLine]
  const separator = !model && next !== undefined && next.text.trim() !== '' ? doc.eol : ''
  return {edit: {start: at, end: at, text: lines.map((line) => doc.eol + line).join('') + separator}, firstLine: afterLine + 1}
}

/** The pieces around a field's key: `  - ` + `**` + key + `:** ` + value. */
function fieldStyle(doc: LedgerDocument, field: Field): {prefix: string; open: string; close: string} {
  const line = doc.lines[field.line - 1]
  const bullet = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(line.text)?.[0] ?? '- '
  const open = line.text.slice(bullet.length, field.keySpan.start - line.start)
  const close = doc.text.slice(field.keySpan.end, field.valueSpan.start)
  if (!/^(?:\*\*|__)?$/.test(open)) return {prefix: bullet, open: '', close: ': '}
  return {prefix: bullet, open, close: /[ \t]$/.test(close) ? close : `${close} `}
}
