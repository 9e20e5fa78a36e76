import {isDoneLogHeading} from '../ledger/dialects/queue-log.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {scanDocument} from '../ledger/scan.js'
import {lastContentLine} from './last-content-line.js'
import {isSpacedList} from './list-spacing.js'
import {insertUnderHeading} from './under-heading.js'
import type {TextEdit} from './text-edit.js'

export interface MovedToLog {
  edits: TextEdit[]
  /** 1-based line of the log entry in the edited text. */
  line: number
  /** Its first line as written. */
  text: string
}

const ENTRY_MARKER = /^([ \t]*)(?:\d+[.)]|[-*+])[ \t]+/
// A dated log line: bullet, date (a time may follow), separator (`: `, ` — `, ` - `).
const DATED = /^([ \t]*[-*+][ \t]+)(\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?)([ \t]*[:—–-][ \t]*)/

/**
 * `set ENTRY Status=done` on a queue entry where the file keeps a log of finished work
 * (`## Completed`): as the file's own writers do, the entry leaves the queue and becomes a dated
 * entry of the log (`- 2026-02-27: title`), its nested lines moving with it, re-indented. The log
 * entry is written like the log's others (bullet, date separator, spacing) and goes where its newest
 * entry is: first when the log runs newest first, else last. Undefined when the file has no such log.
 * Later queue numbers are left as they are (Markdown numbers an ordered list by itself).
 */
export function planQueueEntryDone(ledger: FixPlanLedger, entry: FixPlanItem, date: string): MovedToLog | undefined {
  const {doc} = ledger
  // The log below the queue, as most files keep it, else one above it.
  const logs = scanDocument(doc).headings.filter((candidate) => isDoneLogHeading(candidate.text))
  const heading = logs.find((candidate) => candidate.line + 1 > entry.line) ?? logs.at(-1)
  if (!heading) return undefined
  const logEntries = ledger.items.filter((item) => item.kind === 'log-entry' && item.section === heading.text && item.line > heading.line + 1)
  const style = logStyle(doc, logEntries, ledger.items.filter((item) => item.kind === 'queue-entry' && item.section === entry.section))
  const last = lastContentLine(doc, entry.line, entry.endLine)
  const lines = entryLines(doc, entry, last, style, date)
  const removal = queueRemoval(ledger, entry, last)
  const insertion = logInsertion(doc, heading.line + 1, logEntries, style, lines)
  const line = lineOfOffset(doc.text, insertion.edit.start, removal) + countLineBreaks(insertion.edit.text.slice(0, insertion.blockAt))
  return {edits: [removal, insertion.edit], line, text: lines[0]}
}

interface LogStyle {
  bullet: string
  separator: string
  /** Whether a blank line separates the log's entries. */
  spaced: boolean
  newestFirst: boolean
}

/** The log's way of writing entries; its spacing, until it has two entries to show it, is the queue's. */
function logStyle(doc: LedgerDocument, entries: readonly FixPlanItem[], queue: readonly FixPlanItem[]): LogStyle {
  const first = entries.length > 0 ? DATED.exec(doc.lines[entries[0].line - 1].text) : null
  const dates = entries.flatMap((entry) => DATED.exec(doc.lines[entry.line - 1].text)?.[2] ?? [])
  const newestFirst = dates.some((date, at) => at > 0 && date < dates[at - 1]) && !dates.some((date, at) => at > 0 && date > dates[at - 1])
  const spaced = isSpacedList(doc, entries.length >= 2 ? entries : queue)
  return {bullet: first?.[1] ?? '- ', separator: first?.[3] ?? ': ', spaced, newestFirst}
}

/** The log entry's lines: its dated first line, then the queue entry's nested lines moved to the log bullet's column. */
function entryLines(doc: LedgerDocument, entry: FixPlanItem, last: number, style: LogStyle, date: string): string[] {
  const first = doc.lines[entry.line - 1].text
  const marker = ENTRY_MARKER.exec(first)
  const from = marker ? marker[0].length : 0
  const to = style.bullet.length
  const nested = doc.lines.slice(entry.line, last).map((line) => {
    if (line.text.trim() === '') return ''
    const indent = /^[ \t]*/.exec(line.text)![0].length
    return ' '.repeat(Math.max(0, indent - from + to)) + line.text.slice(indent)
  })
  return [`${style.bullet}${date.slice(0, 10)}${style.separator}${first.slice(from)}`, ...nested]
}

/**
 * The entry's lines out of the queue, with the blank lines that separated it from the next entry
 * (or, when it is the last one, from the entry before it), so the queue keeps its spacing.
 */
function queueRemoval(ledger: FixPlanLedger, entry: FixPlanItem, last: number): TextEdit {
  const {doc} = ledger
  const queue = ledger.items.filter((item) => item.kind === 'queue-entry' && item.section === entry.section)
  const next = queue.find((item) => item.line > entry.line)
  const previous = queue.filter((item) => item.line < entry.line).at(-1)
  const lineEnd = (line: number) => (line < doc.lines.length ? doc.lines[line].start : doc.text.length)
  if (next) return {start: doc.lines[entry.line - 1].start, end: doc.lines[next.line - 1].start, text: ''}
  if (previous) return {start: lineEnd(lastContentLine(doc, previous.line, previous.endLine)), end: lineEnd(last), text: ''}
  return {start: doc.lines[entry.line - 1].start, end: lineEnd(last), text: ''}
}

function logInsertion(doc: LedgerDocument, headingLine: number, entries: readonly FixPlanItem[], style: LogStyle, lines: readonly string[]): {edit: TextEdit; blockAt: number} {
  const {eol} = doc
  const block = lines.join(eol) + eol
  const gap = style.spaced ? eol : ''
  if (entries.length === 0) return insertUnderHeading(doc, headingLine - 1, lines)
  if (style.newestFirst) {
    const at = doc.lines[entries[0].line - 1].start
    return {edit: {start: at, end: at, text: block + gap}, blockAt: 0}
  }
  const tail = entries.at(-1)!
  const lastLine = lastContentLine(doc, tail.line, tail.endLine)
  const at = lastLine < doc.lines.length ? doc.lines[lastLine].start : doc.text.length
  // The last line of the file: a line break first, unless the file ends with one.
  const lead = lastLine < doc.lines.length || doc.text.endsWith('\n') ? '' : eol
  return {edit: {start: at, end: at, text: lead + gap + block}, blockAt: lead.length + gap.length}
}

function countLineBreaks(text: string): number {
  return text.split('\n').length - 1
}

/** The 1-based line at `offset` once `removal` (which lies elsewhere) is applied. */
function lineOfOffset(text: string, offset: number, removal: TextEdit): number {
  const shifted = removal.end <= offset ? offset - (removal.end - removal.start) : offset
  const edited = text.slice(0, removal.start) + text.slice(removal.end)
  let line = 1
  for (let at = edited.indexOf('\n'); at !== -1 && at < shifted; at = edited.indexOf('\n', at + 1)) line++
  return line
}
