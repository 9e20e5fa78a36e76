import type {LedgerDocument} from '../ledger/document.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {scanDocument, type ListItem} from '../ledger/scan.js'
import type {AttemptRequest} from './attempt-request.js'
import {DEFAULT_TEMPLATE, type AttemptTemplate} from './attempt-template.js'
import {appendItemLines, listContentColumn} from './item-field-line.js'
import {lastContentLine} from './last-content-line.js'
import type {TextEdit} from './text-edit.js'
import {formatLikeSample} from './timestamp-format.js'

// A bullet whose text opens with a date, bare or wrapped: `- 2026-02-27: …`, `* [2026-02-27] …`, `- *2026-01-13T202358Z:* …`.
const DATED = /^([*_[(]{0,2})(\d{4}-\d{2}-\d{2}(?:[T ][\d:]{4,8}(?:\.\d+)?Z?)?)([\])*_]{0,2}[ \t]*(?:[:—–-]+[ \t]*)?[*_]{0,2}[ \t]*)/

export interface DialectAttemptPlan {
  edits: TextEdit[]
  entry: string
  template: AttemptTemplate
}

interface DatedBullet {
  item: ListItem
  /** Everything before the date on its line, the date, and what stands between the date and the text. */
  before: string
  date: string
  after: string
  /** 1-based last line of the bullet (its nested lines included). */
  endLine: number
}

/**
 * An attempt on an item of the §4 dialects, as a dated bullet. It continues, in its own prefix
 * style: the item's dated bullets (an `Attempts History` list or dated notes under it); else the
 * file's log of dated entries (a log section that is not itself a list of items), naming the item;
 * else it starts one: a nested `- DATE: text` bullet under a list item, an `- Attempts History:`
 * field under a heading, an `## Attempts log` at the file's end for a table row (no room under it).
 */
export function planDialectAttempt(ledger: FixPlanLedger, item: FixPlanItem, request: AttemptRequest, bodyLines: readonly string[]): DialectAttemptPlan {
  const doc = ledger.doc
  const listItems = scanDocument(doc).listItems
  const own = datedBullets(doc, listItems, item.line + 1, item.endLine).at(-1)
  if (own) return continueLog(doc, own, request, bodyLines, 'item', '')
  const log = fileLog(ledger, listItems)
  const lead = `${item.id ?? item.title} — `
  if (log) return continueLog(doc, log.last, request, bodyLines, 'file', lead, log.spaced)
  const date = request.date ?? formatLikeSample(undefined, request.now)
  // A table row has no room under it: its attempts start the file's own log, at the end.
  if (item.kind === 'table-row') return newFileLog(doc, entryLines('- ', `${date}: `, request, bodyLines, lead))
  const entry = entryLines('- ', `${date}: `, request, bodyLines)
  const written = item.kind === 'heading' ? ['- Attempts History:', ...entry.map((line) => (line === '' ? '' : `  ${line}`))] : entry
  const {edit} = appendItemLines(doc, item, written)
  return {edits: [edit], entry: written.join('\n'), template: {...DEFAULT_TEMPLATE, style: 'dated-bullet', bullet: '-', indent: 0, separator: ':', source: 'default'}}
}

function newFileLog(doc: LedgerDocument, entry: string[]): DialectAttemptPlan {
  const last = doc.lines.length - 1
  let end = last
  while (end > 0 && doc.lines[end].text.trim() === '') end--
  const at = doc.lines[end].end
  const written = ['## Attempts log', '', ...entry]
  return {
    edits: [{start: at, end: at, text: [doc.eol, ...written].join(doc.eol)}],
    entry: written.join('\n'),
    template: {...DEFAULT_TEMPLATE, style: 'dated-bullet', bullet: '-', indent: 0, separator: ':', source: 'default'},
  }
}

function entryLines(prefix: string, dated: string, request: AttemptRequest, bodyLines: readonly string[], lead = ''): string[] {
  const clauses: string[] = []
  if (request.result) clauses.push(`Result: ${request.result}.`)
  if (request.findings.length > 0) clauses.push(`Findings: ${request.findings.join(', ')}.`)
  if (request.artifacts.length > 0) clauses.push(`Artifacts: ${request.artifacts.map((path) => '`' + path + '`').join(', ')}.`)
  const continuation = ' '.repeat(listContentColumn(prefix + 'x'))
  const first = prefix + dated + lead + [bodyLines[0], ...clauses].join(' ')
  return [first, ...bodyLines.slice(1).map((line) => (line.trim() === '' ? '' : continuation + line))]
}

function continueLog(doc: LedgerDocument, last: DatedBullet, request: AttemptRequest, bodyLines: readonly string[], source: 'item' | 'file', lead: string, spaced = false): DialectAttemptPlan {
  const date = request.date ?? formatLikeSample(last.date, request.now)
  const lines = entryLines(last.before, `${date}${last.after}`, request, bodyLines, lead)
  const at = doc.lines[last.endLine - 1].end
  const text = (spaced ? doc.eol : '') + lines.map((line) => doc.eol + line).join('')
  const template: AttemptTemplate = {...DEFAULT_TEMPLATE, style: 'dated-bullet', bullet: last.item.marker, indent: last.item.indent, dateSample: last.date, dateInBrackets: last.before.endsWith('['), separator: last.after.trim(), source}
  return {edits: [{start: at, end: at, text}], entry: lines.join('\n'), template}
}

/** Dated bullets whose lines lie in [from, to] (1-based), each with its extent. */
function datedBullets(doc: LedgerDocument, listItems: readonly ListItem[], from: number, to: number): DatedBullet[] {
  const found: DatedBullet[] = []
  for (const listItem of listItems) {
    if (listItem.line + 1 < from || listItem.line + 1 > to) continue
    const match = DATED.exec(listItem.text)
    if (!match) continue
    const line = doc.lines[listItem.line]
    const textStart = listItem.contentStart - line.start
    found.push({item: listItem, before: line.text.slice(0, textStart) + match[1], date: match[2], after: match[3], endLine: bulletEnd(doc, listItem, to)})
  }
  return found
}

/** The bullet's last non-blank line: lines indented deeper than its marker belong to it. */
function bulletEnd(doc: LedgerDocument, listItem: ListItem, limit: number): number {
  let last = listItem.line + 1
  for (let at = listItem.line + 1; at < limit; at++) {
    const text = doc.lines[at].text
    if (text.trim() === '') continue
    const indent = text.length - text.trimStart().length
    if (indent <= listItem.indent) break
    last = at + 1
  }
  return lastContentLine(doc, listItem.line + 1, last)
}

// Headings of sections that log work as it happens (the queue/log reader's "done" and log roles).
const LOG_HEADING = /^(?:completed|done|finished)\b|\b(?:changelog|history|log)$/i

/**
 * The file's log: the last section under a log-like heading (`## Completed`, `## Repair log`,
 * `## Attempts log`) whose top-level bullets open with a date and hold none of the file's items;
 * its last such bullet, and whether its entries are separated by blank lines.
 */
function fileLog(ledger: FixPlanLedger, listItems: readonly ListItem[]): {last: DatedBullet; spaced: boolean} | undefined {
  const doc = ledger.doc
  const headings = scanDocument(doc).headings
  for (let at = headings.length - 1; at >= 0; at--) {
    const heading = headings[at]
    if (!LOG_HEADING.test(heading.text.replace(/^[^\p{L}\p{N}]+/u, '').trim())) continue
    const next = headings.slice(at + 1).find((other) => other.level <= heading.level)
    const end = next ? next.line : doc.lines.length
    // A `## Completed` list whose entries are the file's items is no log to write in: a new entry would read as one more item.
    if (ledger.items.some((other) => other.line > heading.line && other.line <= end)) continue
    const inSection = listItems.filter((listItem) => listItem.line > heading.line && listItem.line < end)
    const top = Math.min(...inSection.map((listItem) => listItem.indent))
    const dated = datedBullets(doc, inSection.filter((listItem) => listItem.indent === top), heading.line + 2, end)
    const last = dated.at(-1)
    if (!last) continue
    last.endLine = bulletEnd(doc, last.item, end)
    const spaced = dated.length > 1 && doc.lines[last.item.line - 1].text.trim() === ''
    return {last, spaced}
  }
  return undefined
}
