import {columnsOf, leadingBlankEnd} from './whitespace.js'

/** A list item's line as the scanner reads it: marker, checkbox, text and their columns. */
export interface Checkbox {
  /** What stands between the brackets: ` `, `x`, `P`, `✅`, ... */
  marker: string
  /** Offsets of `[` and just past `]`. */
  start: number
  end: number
}

export interface ListItem {
  line: number
  /** Indentation in columns (a tab advances to the next multiple of 4). */
  indent: number
  /** `-`, `*`, `+`, `1.`, `2)` ... */
  marker: string
  markerStart: number
  checkbox?: Checkbox
  /** Offset where the item's text starts (after marker, spaces and checkbox). */
  contentStart: number
  /** Column of the text after the marker (before any checkbox): where continuation lines align. */
  contentColumn: number
  text: string
}

// `[SKIP]` is the one longer marker: a longer bracket (`[WIP]`, `[BUG]`) is more often a tag than a box.
const CHECKBOX = /\[( |[^\s[\]]{1,2}|SKIP|Skip|skip)\](?=[ \t]|$)[ \t]*/y

/** List markers: `-`, `*`, `+` or a digit (`1.`, `2)`). */
export function mayOpenListItem(lead: number): boolean {
  return lead === 45 || lead === 42 || lead === 43 || (lead >= 48 && lead <= 57)
}

/** Whether a line opens a list item. */
export function opensListItem(text: string): boolean {
  const indent = leadingBlankEnd(text)
  return mayOpenListItem(text.charCodeAt(indent)) && readListItem(text, indent, 0, 0) !== undefined
}

/**
 * A list item: indentation, a marker (`-`, `*`, `+`, or up to nine digits and `.` or `)`), then
 * spaces or the end of the line. Read by hand, not by regex: a third of ledger lines are list
 * items, and a match array with three captures for each was a large share of the scan's garbage.
 */
export function readListItem(text: string, indent: number, lineStart: number, line: number): ListItem | undefined {
  const markerEnd = listMarkerEnd(text, indent)
  if (markerEnd === -1) return undefined
  let contentOffset = markerEnd
  while (contentOffset < text.length && isBlank(text[contentOffset])) contentOffset++
  if (contentOffset === markerEnd && markerEnd < text.length) return undefined
  const contentColumn = columnsOf(text, contentOffset)
  let checkbox: Checkbox | undefined
  // Sticky at the content: the same match as on the rest of the line, without copying it first.
  CHECKBOX.lastIndex = contentOffset
  const box = text.charCodeAt(contentOffset) === 91 ? CHECKBOX.exec(text) : null
  if (box) {
    const start = lineStart + contentOffset
    checkbox = {marker: box[1], start, end: start + box[1].length + 2}
    contentOffset += box[0].length
  }
  return {
    line,
    indent: columnsOf(text, indent),
    marker: text.slice(indent, markerEnd),
    markerStart: lineStart + indent,
    checkbox,
    contentStart: lineStart + contentOffset,
    contentColumn,
    text: text.slice(contentOffset),
  }
}

/** End of the list marker at `from` (`-`, `*`, `+`, `1.`, `23)`), or -1 when there is none. */
function listMarkerEnd(text: string, from: number): number {
  const first = text.charCodeAt(from)
  if (first === 45 || first === 42 || first === 43) return from + 1
  let at = from
  while (at < text.length && isDigit(text.charCodeAt(at))) at++
  const digits = at - from
  if (digits === 0 || digits > 9) return -1
  const after = text.charCodeAt(at)
  return after === 46 || after === 41 ? at + 1 : -1
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t'
}
