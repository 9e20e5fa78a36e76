import {UserError} from '../errors.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {JournalLayout} from '../ledger/journal-layout.js'
import {requireBodyKeepsStructure} from './attempt-body-structure.js'
import type {TextEdit} from './text-edit.js'
import {formatLikeSample} from './timestamp-format.js'

export interface JournalRequest {
  /** The caller's content, written verbatim under the heading. */
  body: string
  /** Written verbatim when given; otherwise `now` in the journal's own precision. */
  date?: string
  now: Date
  label?: string
}

export interface JournalPlan {
  edits: TextEdit[]
  /** The new entry as written (LF line endings). */
  entry: string
}

/**
 * One new journal entry (`## <timestamp>` + the body), in the journal's own heading level, label
 * style and spacing, at the end the journal adds entries to (the last entry's end, or above the
 * first for newest-first journals; the file's end when it has none).
 */
export function planJournalEntry(doc: LedgerDocument, layout: JournalLayout, request: JournalRequest): JournalPlan {
  const body = bodyLinesOf(request.body)
  const stamp = request.date ?? formatLikeSample(layout.timestampSample, request.now)
  const heading = `${'#'.repeat(layout.headingLevel)} ${stamp}${labelText(layout.labelStyle, request.label)}`
  const lines = [heading, ...(layout.blankAfterHeading ? [''] : []), ...body]
  const first = layout.blankAfterHeading ? 2 : 1
  requireBodyKeepsStructure({lines, first, end: lines.length, sectionLevel: layout.headingLevel})
  const eol = doc.eol
  const gap = eol.repeat(layout.gap)
  const entry = lines.join(eol)
  const {entries} = layout
  if (layout.order === 'newest-first' && entries.length > 0) {
    const at = doc.lines[entries[0].line - 1].start
    return {edits: [{start: at, end: at, text: entry + eol + gap}], entry: lines.join('\n')}
  }
  const after = entries.length > 0 ? entries[entries.length - 1].endLine : lastNonBlank(doc)
  const at = after === 0 ? 0 : doc.lines[after - 1].end
  return {edits: [{start: at, end: at, text: (after === 0 ? '' : eol + gap) + entry + (after === 0 && doc.text !== '' ? eol : '')}], entry: lines.join('\n')}
}

function labelText(style: string, label: string | undefined): string {
  if (!label) return ''
  return style === '(label)' ? ` (${label})` : ` ${style} ${label}`
}

function lastNonBlank(doc: LedgerDocument): number {
  let at = doc.lines.length
  while (at > 0 && doc.lines[at - 1].text.trim() === '') at--
  return at
}

function bodyLinesOf(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop()
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  if (lines.length === 0) throw new UserError('The journal entry body is empty', {hint: 'pass --body TEXT, --body-file FILE, or text on stdin with -'})
  return lines
}
