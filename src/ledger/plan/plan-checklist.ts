import type {LedgerDocument} from '../document.js'
import type {LedgerWarning, PlanRow} from '../model.js'
import {checklistIdOf} from './row-id.js'
import type {ListItem} from '../scan.js'
import {BUILT_IN_VOCABULARY, checkboxStateMarker, unexpectedMarkerMessage} from './state-marker.js'

/** A checklist item (`- [x] A1: ...`, `1. [ ] ...`) as a plan row; undefined for items without a checkbox. */
export function checklistRowOf(doc: LedgerDocument, item: ListItem, warnings: LedgerWarning[], vocabulary = BUILT_IN_VOCABULARY): PlanRow | undefined {
  const {checkbox} = item
  if (!checkbox) return undefined
  const docLine = doc.lines[item.line]
  const line = item.line + 1
  const found = checklistIdOf(item.text)
  const state = checkboxStateMarker(checkbox.marker, checkbox.start, checkbox.end, vocabulary)
  if (state.state === 'unknown') {
    const where = found ? `checkbox of ${found.id}` : 'checkbox'
    warnings.push({path: doc.path, line, message: unexpectedMarkerMessage(state.marker, where, line, vocabulary)})
  }
  return {
    kind: 'checklist',
    ...(found && {id: found.id}),
    state,
    line,
    span: {start: docLine.start, end: docLine.end},
    cells: [],
    text: item.text,
    textSpan: {start: item.contentStart, end: item.contentStart + item.text.length},
    indent: item.indent,
  }
}
