import {flatHistoryEnd, isAttemptsHistoryKey} from './attempt-history.js'
import {parseFieldKey} from './field-key.js'
import {blockEnd, lineSpan, textAfterMarker, type LedgerLines} from './fix-plan-lines.js'
import type {Field} from '../model.js'

export interface FieldRead {
  fields: Field[]
  /** Lines (0-based) of top-level bullets in the range that are not `Key: value` fields. */
  strayBullets: number[]
}

/**
 * The `- Key: value` bullets at the range's top bullet indentation, each with its continuation
 * lines and nested bullets. Lines for which `excluded` is true (another reader's) are skipped and
 * end any field before them.
 */
export function readFields(lines: LedgerLines, from: number, to: number, excluded: (line: number) => boolean): FieldRead {
  let topIndent = Infinity
  for (let at = from; at <= to; at++) {
    const item = lines.listItems[at]
    if (item && !excluded(at)) topIndent = Math.min(topIndent, item.indent)
  }
  // Last line each field may reach: just before the next excluded line (one backward pass).
  const limits = new Int32Array(Math.max(0, to - from + 1))
  let barrier = to
  for (let at = to; at >= from; at--) {
    if (excluded(at)) barrier = at - 1
    limits[at - from] = barrier
  }
  const fields: Field[] = []
  const strayBullets: number[] = []
  for (let at = from; at <= to; at++) {
    const item = lines.listItems[at]
    if (!item || item.indent !== topIndent || excluded(at)) continue
    const {offset, text} = textAfterMarker(lines, item)
    const parsed = item.checkbox ? undefined : parseFieldKey(text)
    let endLine = blockEnd(lines, at, item.indent, limits[at - from])
    // `- Attempts History:` with its entries written as siblings rather than nested under it.
    if (parsed && endLine === at && isAttemptsHistoryKey(parsed.key)) endLine = flatHistoryEnd(lines, at, limits[at - from])
    if (!parsed) {
      strayBullets.push(at)
      at = endLine
      continue
    }
    fields.push({
      key: parsed.key,
      value: text.slice(parsed.valueStart, parsed.valueEnd),
      line: at + 1,
      keySpan: {start: offset + parsed.keyStart, end: offset + parsed.keyEnd},
      valueSpan: {start: offset + parsed.valueStart, end: offset + parsed.valueEnd},
      span: lineSpan(lines, at, endLine),
      endLine: endLine + 1,
      indent: item.indent,
    })
    at = endLine
  }
  return {fields, strayBullets}
}
