import type {LedgerDocument} from '../document.js'
import type {LedgerWarning, PlanRow} from '../model.js'
import {checklistIdOf} from './row-id.js'
import type {LineKind, ListItem} from '../scan.js'
import {BUILT_IN_VOCABULARY, checkboxStateMarker, unexpectedMarkerMessage} from './state-marker.js'
import {columnsOf, leadingBlankEnd} from '../whitespace.js'

/** A checklist item (`- [x] A1: ...`, `1. [ ] ...`) as a plan row; undefined for items without a checkbox. */
export function checklistRowOf(
  doc: LedgerDocument,
  item: ListItem,
  kinds: readonly LineKind[],
  warnings: LedgerWarning[],
  vocabulary = BUILT_IN_VOCABULARY,
): PlanRow | undefined {
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
    paragraphEnd: paragraphEnd(doc, kinds, item),
  }
}

/** End of the item's last line of text: its box line, or the last indented line that wraps its text onto the next. */
function paragraphEnd(doc: LedgerDocument, kinds: readonly LineKind[], item: ListItem): number {
  let last = item.line
  while (kinds[last + 1] === 'text' && indentColumns(doc.lines[last + 1].text) > item.indent) last++
  return doc.lines[last].end
}

function indentColumns(text: string): number {
  return columnsOf(text, leadingBlankEnd(text))
}
