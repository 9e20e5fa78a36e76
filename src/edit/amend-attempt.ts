import {UserError} from '../errors.js'
import {withDocumentEol} from '../ledger/document.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {requireBodyKeepsStructure} from './attempt-body-structure.js'
import type {AttemptRequest} from './attempt-request.js'
import {templateFor, type AttemptTemplate} from './attempt-template.js'
import {lastContentLine} from './last-content-line.js'
import type {TextEdit} from './text-edit.js'

export interface AmendPlan {
  edits: TextEdit[]
  /** The lines added (LF line endings). */
  entry: string
  number?: number
  template: AttemptTemplate
}

/**
 * `attempt --amend`: continuation lines for the newest (last) entry of the item's history, or of the
 * file-level history. The entry's own text is never touched: the lines go after its last line
 * (nested bullets included), at its continuation column; a heading entry gets them as a paragraph
 * of its own when its body is set off from the heading by a blank line, as that entry's body is.
 */
export function planAmend(ledger: FixPlanLedger, item: FixPlanItem | undefined, request: AttemptRequest, bodyLines: readonly string[]): AmendPlan {
  const doc = ledger.doc
  const history = item ? item.attempts : ledger.attempts
  const newest = history?.entries.at(-1)
  if (!newest) {
    const owner = item ? `[${item.id}]` : doc.path
    throw new UserError(`${owner} has no Attempts History entry to amend`, {
      path: doc.path,
      line: item?.line,
      hint: `add one first: planledger attempt${item ? ` ${item.id}` : ''} --body …`,
    })
  }
  const template = templateFor(ledger, item)
  const heading = newest.style === 'heading'
  const column = heading ? '' : ' '.repeat(newest.contentColumn)
  const first = [bodyLines[0], ...clauses(request)].join(' ')
  const lines = [first, ...bodyLines.slice(1)].map((line) => (line.trim() === '' ? '' : column + line))
  requireBodyKeepsStructure({lines, first: 0, end: bodyLines.length, sectionLevel: heading ? (newest.headingLevel ?? 3) : undefined})
  const last = lastContentLine(doc, newest.line, newest.endLine)
  // `entry.line` is 1-based, so it indexes the line after the heading.
  const spaced = heading && newest.endLine > newest.line && doc.lines[newest.line]?.text.trim() === ''
  const end = doc.lines[last - 1].end
  const entry = lines.join('\n')
  return {
    edits: [{start: end, end, text: withDocumentEol(doc, (spaced ? '\n\n' : '\n') + entry)}],
    entry,
    number: newest.number,
    template: {...template, source: 'item'},
  }
}

function clauses(request: AttemptRequest): string[] {
  const parts: string[] = []
  if (request.result) parts.push(`Result: ${request.result}.`)
  if (request.findings.length > 0) parts.push(`Findings: ${request.findings.join(', ')}.`)
  if (request.artifacts.length > 0) parts.push(`Artifacts: ${request.artifacts.map((path) => '`' + path + '`').join(', ')}.`)
  return parts
}
