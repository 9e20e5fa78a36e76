import {UserError} from '../errors.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {splitTableCells} from '../ledger/table-cells.js'
import type {IdentifiedRequest, PlacedItem, Placement} from './new-item-types.js'
import {applyEdits, type TextEdit} from './text-edit.js'

const markupless = (text: string) => text.replace(/\*\*|__|`/g, '').trim()

/**
 * A row right after `anchor`'s row, copied from it: the ID cell gets the new ID (a numbered ID
 * column takes only the next number), the title cell the title, the status cell the status, every
 * other cell is emptied; pipes and padding stay as the anchor row has them.
 */
export function planTableItem(ledger: FixPlanLedger, anchor: FixPlanItem, request: IdentifiedRequest, status: string, placement: Placement = 'after'): PlacedItem {
  const {doc} = ledger
  requireNextNumber(ledger, anchor, request.id)
  const line = doc.lines[anchor.line - 1]
  const cells = splitTableCells(line.text, line.start)
  const edits: TextEdit[] = cells.map((cell) => {
    const text = markupless(cell.text)
    let value = ''
    if (anchor.id !== null && text === anchor.id) value = cell.text.replace(anchor.id, request.id)
    else if (anchor.statusSpan && cell.start <= anchor.statusSpan.start && anchor.statusSpan.end <= cell.end) value = status
    else if (text !== '' && (text === anchor.title || anchor.title.includes(text) || text.includes(anchor.title))) value = request.title.replace(/\|/g, '\\|')
    return {start: cell.contentStart - line.start, end: cell.contentEnd - line.start, text: value}
  })
  const row = applyEdits(line.text, edits)
  if (placement === 'before') return {edits: [{start: line.start, end: line.start, text: row + doc.eol}], line: anchor.line, text: row}
  return {edits: [{start: line.end, end: line.end, text: doc.eol + row}], line: anchor.line + 1, text: row}
}

/** A table numbering its rows (`#`, `1`, `2`, …) takes only numbers; an ID that is not one is refused. */
function requireNextNumber(ledger: FixPlanLedger, anchor: FixPlanItem, id: string): void {
  const ids = ledger.items.filter((item) => item.kind === 'table-row').map((item) => item.id ?? '')
  if (ids.length === 0 || !ids.every((existing) => /^\d+$/.test(existing)) || /^\d+$/.test(id)) return
  const next = Math.max(...ids.map(Number)) + 1
  throw new UserError(`The table at line ${anchor.line} numbers its rows; \`${id}\` is not a number`, {path: ledger.doc.path, line: anchor.line, hint: `the next number is ${next}`})
}
