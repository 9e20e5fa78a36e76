import {UserError} from '../errors.js'
import {parseLeadingId} from '../ledger/dialects/item-id.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {boxMarkerFor} from './item-status.js'
import {lastContentLine} from './last-content-line.js'
import type {GivenField} from './new-item-fields.js'
import type {NewItemRequest, PlacedItem, Placement} from './new-item-types.js'

const CHECKBOX_LINE = /^(\s*)([-*+]|\d+)([.)]?\s+\[)[^\]]*(\]\s*)(.*)$/

/**
 * An open checkbox line right after `anchor`'s lines, written like the file's checklist items: the
 * anchor's bullet (a numbered list continues its numbering) and the ID style of the first item that
 * has an ID (`**T-300**:`, `CR-01:`), else `**ID**:`; no ID asked for, the title alone. A status
 * goes in the box, in the file's own marker for it (`[x]`, `[P]`). Other given fields go in nested `- Key: value` lines.
 */
export function planChecklistItem(ledger: FixPlanLedger, anchor: FixPlanItem, request: NewItemRequest, given: readonly GivenField[], placement: Placement = 'after'): PlacedItem {
  const {doc} = ledger
  const match = CHECKBOX_LINE.exec(doc.lines[anchor.line - 1].text)
  if (!match) throw new UserError(`Item at line ${anchor.line} is not a checkbox line`, {path: doc.path, line: anchor.line, hint: 'name a checklist item with --after'})
  const [, indent, bullet, open, close] = match
  // Before an item, a numbered list's new item takes that item's number (later ones are left as they are).
  const marker = /^\d+$/.test(bullet) && placement === 'after' ? String(Number(bullet) + 1) : bullet
  const box = request.status === undefined ? ' ' : boxMarkerFor(doc, request.status, anchor.line, undefined, request.vocabulary)
  const first = `${indent}${marker}${open}${box}${close}${request.id === undefined ? '' : idPrefix(ledger, request.id)}${request.title}`
  const nested = ' '.repeat(indent.length + marker.length + open.length - 1)
  const block = [first, ...given.map((field) => `${nested}- ${field.key}: ${field.value}`)]
  if (placement === 'before') {
    const at = doc.lines[anchor.line - 1].start
    return {edits: [{start: at, end: at, text: block.join(doc.eol) + doc.eol}], line: anchor.line, text: block.join('\n')}
  }
  const last = lastContentLine(doc, anchor.line, anchor.endLine)
  const at = doc.lines[last - 1].end
  return {edits: [{start: at, end: at, text: doc.eol + block.join(doc.eol)}], line: last + 1, text: block.join('\n')}
}

/** `**ID**: ` in the style of the first checklist item that carries an ID. */
function idPrefix(ledger: FixPlanLedger, id: string): string {
  for (const item of ledger.items) {
    if (item.kind !== 'checklist' || item.id === null) continue
    const rest = CHECKBOX_LINE.exec(ledger.doc.lines[item.line - 1].text)?.[5]
    const leading = rest === undefined ? undefined : parseLeadingId(rest, false)
    if (rest !== undefined && leading) return rest.slice(0, leading.titleStart).replace(item.id, id)
  }
  return `**${id}**: `
}
