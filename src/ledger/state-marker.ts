import type {RowState, StateMarker} from './model.js'

/** The vocabulary named in warnings; `[X]`, `[✅]` and `[B]` are accepted too but rarer. */
export const EXPECTED_STATE_MARKERS = '`[ ]` `[P]` `[x]` `[D]`'

// `[-]` is deliberately absent: teams use it for both "cancelled" and "in progress", so guessing would be wrong.
const STATE_BY_MARKER = new Map<string, RowState>([
  [' ', 'open'],
  ['P', 'partial'],
  ['p', 'partial'],
  ['x', 'done'],
  ['X', 'done'],
  ['D', 'done'],
  ['d', 'done'],
  ['✅', 'done'],
  ['✓', 'done'],
  ['✔', 'done'],
  ['✔️', 'done'],
  ['B', 'blocked'],
  ['b', 'blocked'],
])

/** A bracketed marker of up to 4 characters, optionally in backticks, that is not a link's text. */
const CELL_MARKER = /(`?)\[([^[\]\n]{0,4})\]\1(?!\()/

export function stateOfMarker(marker: string): RowState {
  return STATE_BY_MARKER.get(marker) ?? 'unknown'
}

/** The first state marker in a table cell whose trimmed text starts at document offset `textStart`. */
export function findCellStateMarker(text: string, textStart: number): StateMarker | undefined {
  const match = CELL_MARKER.exec(text)
  if (!match) return undefined
  const [, backtick, marker] = match
  const start = textStart + match.index + backtick.length
  return {marker, state: stateOfMarker(marker), backticked: backtick === '`', span: {start, end: start + marker.length + 2}}
}

/** A marker from a checklist checkbox found by the scanner (`start` at `[`, `end` past `]`). */
export function checkboxStateMarker(marker: string, start: number, end: number): StateMarker {
  return {marker, state: stateOfMarker(marker), backticked: false, span: {start, end}}
}

/** `where` reads like `State cell of D1.B` or `checkbox of A1`. */
export function unexpectedMarkerMessage(marker: string, where: string, line: number): string {
  return `Unexpected \`[${marker}]\` in ${where} (line ${line}), expected one of ${EXPECTED_STATE_MARKERS}`
}

export function missingMarkerMessage(where: string, line: number): string {
  return `No state marker in ${where} (line ${line}), expected one of ${EXPECTED_STATE_MARKERS}`
}
