import type {LedgerLines} from '../fix-plan/fix-plan-lines.js'
import type {Span} from '../model.js'

// `Status: done`, `- Status: done`, `**Status:** done`, `**Status**: done`, `- **Status:** done`.
const STATUS_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?Status(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i

export interface StatusLine {
  value: string
  span: Span
  /** 0-based. */
  line: number
}

/** The first `Status:` line in `[from, to]` (0-based, inclusive), outside code. */
export function findStatusLine(lines: LedgerLines, from: number, to: number): StatusLine | undefined {
  for (let at = from; at <= to; at++) {
    const kind = lines.scan.kinds[at]
    if (kind !== 'text' && kind !== 'list') continue
    const line = lines.doc.lines[at]
    const match = STATUS_LINE.exec(line.text)
    if (!match) continue
    const valueStart = match[0].length
    let valueEnd = line.text.length
    while (valueEnd > valueStart && /\s/.test(line.text[valueEnd - 1])) valueEnd--
    const value = line.text.slice(valueStart, valueEnd)
    // A bold label written `**Status:** **Done**` keeps its value's markup; `**Status:**` alone is no status.
    if (value === '') continue
    return {value, span: {start: line.start + valueStart, end: line.start + valueEnd}, line: at}
  }
  return undefined
}
