import {UserError} from '../errors.js'
import {withDocumentEol} from '../ledger/document.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {planAmend} from './amend-attempt.js'
import {requireBodyKeepsStructure} from './attempt-body-structure.js'
import {templateFor, type AttemptTemplate} from './attempt-template.js'
import {planDialectAttempt} from './dialect-attempt.js'
import {lastContentLine} from './last-content-line.js'
import type {AttemptRequest} from './attempt-request.js'
import type {TextEdit} from './text-edit.js'
import {formatLikeSample} from './timestamp-format.js'

export type {AttemptRequest} from './attempt-request.js'

export interface AttemptPlan {
  edits: TextEdit[]
  /** The new entry as written (LF line endings). */
  entry: string
  number?: number
  template: AttemptTemplate
}

/**
 * Plans one new Attempts History entry for `item`, or for the file-level history when `item` is
 * undefined (heading-style ledgers without `[ID]` items): the tool owns the prefix, the caller the content.
 */
export function planAttempt(ledger: FixPlanLedger, item: FixPlanItem | undefined, request: AttemptRequest): AttemptPlan {
  if (request.amend) return planAmend(ledger, item, request, bodyLinesOf(request.body))
  // Items of the §4 dialects keep no `[ID]` Attempts History: their attempts are dated bullets.
  if (item && ledger.dialect !== 'bracketed-headings' && !item.attempts) {
    const bodyLines = bodyLinesOf(request.body)
    const plan = planDialectAttempt(ledger, item, request, bodyLines)
    // Checked as the bullet entry it becomes (first line after the prefix, the rest at the content column).
    requireBodyKeepsStructure({lines: bodyLines.map((line, at) => (at === 0 ? `- ${line}` : `    ${line}`)), first: 0, end: bodyLines.length})
    return {...plan, number: undefined}
  }
  const template = templateFor(ledger, item)
  const bodyLines = bodyLinesOf(request.body)
  const numbered = template.style === 'bracket-date-number' || template.style === 'number-paren-date'
  const number = numbered ? (request.number ?? (template.lastNumber ?? 0) + 1) : request.number
  const date = request.date ?? formatLikeSample(template.dateSample, request.now)
  const lines = template.style === 'heading' ? headingEntry(template, date, request, bodyLines) : bulletEntry(template, date, number, request, bodyLines)
  const first = template.style === 'heading' ? (template.blankAfterHeading ? 2 : 1) : 0
  const sectionLevel = template.style === 'heading' ? template.headingLevel : undefined
  requireBodyKeepsStructure({lines, first, end: first + bodyLines.length, sectionLevel})
  const entry = lines.join('\n')
  return {edits: [insertionEdit(ledger, item, template, entry)], entry, number: numbered ? number : undefined, template}
}

function bodyLinesOf(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop()
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  if (lines.length === 0) throw new UserError('The attempt body is empty', {hint: 'pass --body TEXT, --body-file FILE, or text on stdin with -'})
  return lines
}

function clauses(request: AttemptRequest, template: AttemptTemplate): string[] {
  const parts: string[] = []
  if (request.result) parts.push(`Result: ${request.result}.`)
  if (request.findings.length > 0) parts.push(`${template.findingsLabel}: ${request.findings.join(', ')}.`)
  if (request.artifacts.length > 0) parts.push(`Artifacts: ${request.artifacts.map((path) => '`' + path + '`').join(', ')}.`)
  return parts
}

function bulletPrefix(template: AttemptTemplate, date: string, number: number | undefined, label: string | undefined): string {
  const bullet = `${' '.repeat(template.indent)}${template.bullet} `
  const stamp = template.dateInBrackets ? `[${date}]` : date
  switch (template.style) {
    case 'bracket-date-number':
      return `${bullet}${stamp} Attempt #${number} ${template.separator} `
    case 'number-paren-date':
      return `${bullet}Attempt #${number} (${date}): `
    case 'italic-timestamp':
      return `${bullet}*${date}:* `
    case 'italic-timestamp-label':
      return label ? `${bullet}*${date} (${label}):* ` : `${bullet}*${date}:* `
    default:
      return `${bullet}${stamp} ${template.separator} `
  }
}

function bulletEntry(template: AttemptTemplate, date: string, number: number | undefined, request: AttemptRequest, body: string[]): string[] {
  const continuation = ' '.repeat(template.indent + template.bullet.length + 1)
  const first = [body[0], ...clauses(request, template)].join(' ')
  const rest = body.slice(1).map((line) => (line.trim() === '' ? '' : continuation + line))
  return [bulletPrefix(template, date, number, request.label) + first, ...rest]
}

function headingEntry(template: AttemptTemplate, date: string, request: AttemptRequest, body: string[]): string[] {
  const level = template.headingLevel
  const heading = `${'#'.repeat(level)} ${date}${request.label ? ` ${template.separator} ${request.label}` : ''}`
  const extra: string[] = []
  if (request.result) extra.push('', `**Result:** ${request.result}`)
  if (request.findings.length > 0) extra.push('', `**${template.findingsLabel}:** ${request.findings.join(', ')}`)
  if (request.artifacts.length > 0) extra.push('', '**Artifacts:**', ...request.artifacts.map((path) => `- \`${path}\``))
  return [heading, ...(template.blankAfterHeading ? [''] : []), ...body, ...extra]
}

/** After the last entry (and its continuation lines); else replacing `(none yet)`; else a new field. */
function insertionEdit(ledger: FixPlanLedger, item: FixPlanItem | undefined, template: AttemptTemplate, entry: string): TextEdit {
  const doc = ledger.doc
  const history = item ? item.attempts : ledger.attempts
  const last = history?.entries.at(-1)
  if (last) {
    const end = doc.lines[lastContentLine(doc, last.line, last.endLine) - 1].end
    const gap = template.style === 'heading' ? '\n\n' : '\n'
    return {start: end, end, text: withDocumentEol(doc, gap + entry)}
  }
  if (history?.placeholder) {
    const {start, end} = history.placeholder.span
    return {start, end, text: withDocumentEol(doc, entry)}
  }
  if (history) {
    const end = doc.lines[history.line - 1].end
    return {start: end, end, text: withDocumentEol(doc, (template.style === 'heading' ? '\n\n' : '\n') + entry)}
  }
  if (!item) throw new UserError(`${doc.path} has no Attempts History to append to`, {hint: 'name the fix-plan item: planledger attempt <ITEM>'})
  const lastField = item.fields.at(-1)
  const fieldIndent = ' '.repeat(lastField?.indent ?? 0)
  const afterLine = doc.lines[(lastField ? lastContentLine(doc, lastField.line, lastField.endLine) : item.line) - 1].end
  return {start: afterLine, end: afterLine, text: withDocumentEol(doc, `\n${fieldIndent}- Attempts History:\n${entry}`)}
}
