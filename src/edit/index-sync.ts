import type {LedgerDocument} from '../ledger/document.js'
import type {IndexEntry, Span} from '../ledger/model.js'
import {asTableCellText} from './evidence-style.js'
import type {TextEdit} from './text-edit.js'

/** What keeping one index entry in step does; `edit` is absent when it already says `to`. */
export interface IndexSync {
  line: number
  kind: IndexEntry['kind']
  from: string
  to: string
  edit?: TextEdit
}

/**
 * The index entry's Status or Priority text made to say `value`: a table cell's content (pipes
 * escaped), or the value after `Status:` / `Priority:` in a list line. Undefined when the entry
 * has no such cell or value.
 */
export function syncIndexEntry(doc: LedgerDocument, entry: IndexEntry, which: 'status' | 'priority', value: string): IndexSync | undefined {
  const span = which === 'status' ? entry.statusSpan : entry.prioritySpan
  if (!span) return undefined
  const from = doc.text.slice(span.start, span.end)
  const to = entry.kind === 'table' ? asTableCellText(value) : value
  const sync: IndexSync = {line: entry.line, kind: entry.kind, from, to}
  if (from !== to) sync.edit = {start: span.start, end: span.end, text: padEmptyCell(doc, span, to)}
  return sync
}

// An empty cell's content span sits against its closing pipe (`|  |`): keep a space before the pipe.
function padEmptyCell(doc: LedgerDocument, span: Span, text: string): string {
  return span.start === span.end && doc.text[span.end] === '|' && doc.text[span.start - 1] === ' ' ? `${text} ` : text
}
