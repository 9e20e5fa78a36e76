import type {LedgerDocument} from '../document.js'
import type {Field, FixPlanItem} from '../model.js'
import type {ScanResult} from '../scan.js'
import {parseFieldKey} from './field-key.js'

/**
 * An item's `Key: value` lines written as text rather than as `- Key:` bullets (`**Depends On:** W1`
 * under a heading), read as the heading dialects read the `Status:` line. Only lines under the
 * item's own heading, before any deeper heading: those below a task heading are the task's. Bullets
 * are `item.fields`, not repeated here. Each field is one line.
 */
export function textFieldsOf(doc: LedgerDocument, scan: ScanResult, item: FixPlanItem): Field[] {
  const fields: Field[] = []
  for (let at = item.line; at < item.endLine && at < doc.lines.length; at++) {
    const kind = scan.kinds[at]
    if (kind === 'heading') break
    if (kind !== 'text') continue
    const line = doc.lines[at]
    const indent = line.text.length - line.text.trimStart().length
    const parsed = parseFieldKey(line.text.slice(indent))
    if (!parsed) continue
    const start = line.start + indent
    fields.push({
      key: parsed.key,
      value: line.text.slice(indent + parsed.valueStart, indent + parsed.valueEnd),
      line: at + 1,
      keySpan: {start: start + parsed.keyStart, end: start + parsed.keyEnd},
      valueSpan: {start: start + parsed.valueStart, end: start + parsed.valueEnd},
      span: {start: line.start, end: line.start + line.text.length},
      endLine: at + 1,
      indent,
    })
  }
  return fields
}
