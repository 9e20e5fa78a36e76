import {parseLeadingId} from '../ledger/dialects/item-id.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {lastContentLine} from './last-content-line.js'
import {fieldLines, type GivenField} from './new-item-fields.js'
import {planIndexEntry} from './new-index-entry.js'
import type {IdentifiedRequest, PlacedItem} from './new-item-types.js'

/**
 * A heading item (`## [ID] Title` or `### ID: Title`) after `anchor`, at the items' heading level,
 * with its fields in the file's style, and its index entry when the file keeps an index.
 */
export function planHeadingItem(ledger: FixPlanLedger, anchor: FixPlanItem, request: IdentifiedRequest, given: readonly GivenField[]): PlacedItem {
  const {doc} = ledger
  const items = ledger.items.filter((item) => item.kind === 'heading')
  const headingText = headingTextLike(ledger, anchor, request)
  const block = [`${'#'.repeat(anchor.level)} ${headingText}`, ...fieldLines(doc, items, anchor, given)]
  const last = lastContentLine(doc, anchor.line, anchor.endLine)
  const gap = Math.max(1, blankLinesAfter(ledger, last))
  const at = doc.lines[last - 1].end
  // Items closed by a rule (`---`) keep that rhythm: the new item is closed by the same rule.
  const rule = closingRule(ledger, anchor, last)
  const text = doc.eol.repeat(gap + 1) + block.join(doc.eol) + rule
  const index = planIndexEntry(ledger, anchor.id, {id: request.id, title: request.title, headingText, priority: request.priority, status: request.status ?? ''})
  const added = gap + block.length + lineCount(rule)
  const indexAbove = index !== undefined && index.line <= last
  return {
    edits: [{start: at, end: at, text}, ...(index ? [index.edit] : [])],
    line: last + gap + 1 + (indexAbove ? 1 : 0),
    text: block.join('\n'),
    ...(index && {indexLine: indexAbove ? index.line : index.line + added}),
  }
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/

/** The text from the end of the anchor's own content through its closing rule, when its last line is one; else empty. */
function closingRule(ledger: FixPlanLedger, anchor: FixPlanItem, last: number): string {
  const {doc} = ledger
  if (last <= anchor.line || !THEMATIC_BREAK.test(doc.lines[last - 1].text)) return ''
  const content = lastContentLine(doc, anchor.line, last - 1)
  return doc.text.slice(doc.lines[content - 1].end, doc.lines[last - 1].end)
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length - 1
}

/** `[ID] Title` in the bracketed dialect; otherwise the anchor's heading with its ID and title swapped (`W1: Title`, `**1.1** Title`). */
function headingTextLike(ledger: FixPlanLedger, anchor: FixPlanItem, request: IdentifiedRequest): string {
  if (ledger.dialect === 'bracketed-headings') return `[${request.id}] ${request.title}`
  const text = ledger.doc.lines[anchor.line - 1].text.replace(/^\s*#+\s*/, '')
  const leading = parseLeadingId(text, true)
  if (!leading || anchor.id === null) return `${request.id}: ${request.title}`
  return `${text.slice(0, leading.titleStart).replace(anchor.id, request.id)}${request.title}`
}

/** Blank lines between line `last` (1-based) and the next non-blank line; 1 at the end of the file. */
function blankLinesAfter(ledger: FixPlanLedger, last: number): number {
  const {lines} = ledger.doc
  let at = last
  while (at < lines.length && lines[at].text.trim() === '') at++
  return at === lines.length ? 1 : at - last
}
