import type {LedgerDocument} from '../document.js'
import {readListItem, type Checkbox} from '../list-item-line.js'
import type {Field} from '../model.js'
import {leadingBlankEnd} from '../whitespace.js'

/** One top-level entry of a field's block (`1. text`, `- text`, `* [ ] text`) with its continuation lines. */
export interface FieldEntry {
  /** 1-based position among the block's entries. */
  position: number
  /** 1-based first and last line. */
  line: number
  endLine: number
  /** The indentation as written (tabs kept). */
  indent: string
  /** `-`, `*`, `+`, `3.`, `3)`. */
  marker: string
  /** The blanks between marker and text, as written. */
  gap: string
  checkbox?: Checkbox
  /** Offsets of the first line's text (after marker and checkbox) without trailing blanks. */
  textStart: number
  textEnd: number
  text: string
}

/** The lines under a field's key line: where they sit and the entries they hold. */
export interface FieldBlock {
  /** 0-based first and last non-blank line under the key line; undefined when the field is one line. */
  body?: {first: number; last: number}
  /** Leading whitespace all non-blank body lines share, as written; undefined without a body. */
  contentIndent?: string
  entries: FieldEntry[]
}

const FENCE = /^[ \t]*(```|~~~)/

/**
 * Reads a field's continuation lines: the list items at the shallowest indentation are its entries,
 * each running to the next one (deeper bullets and wrapped lines belong to it). Lines inside a
 * fenced code block never open an entry.
 */
export function readFieldBlock(doc: LedgerDocument, field: Field): FieldBlock {
  const lines = doc.lines.slice(field.line, field.endLine)
  let lastNonBlank = -1
  lines.forEach((line, offset) => {
    if (line.text.trim() !== '') lastNonBlank = offset
  })
  if (lastNonBlank === -1) return {entries: []}
  const bodyLines = lines.slice(0, lastNonBlank + 1)
  const body = {first: field.line, last: field.line + lastNonBlank}
  const contentIndent = sharedLeadingBlanks(bodyLines.map((line) => line.text).filter((text) => text.trim() !== ''))
  const items = listItemsOutsideFences(bodyLines)
  const top = Math.min(...items.map((item) => item.indent.length))
  const starts = items.filter((item) => item.indent.length === top)
  const entries = starts.map((start, index): FieldEntry => {
    const next = starts[index + 1]
    const line = bodyLines[start.offset]
    const textEnd = line.start + line.text.trimEnd().length
    return {
      position: index + 1,
      line: line.index + 1,
      endLine: next ? lastNonBlankBefore(bodyLines, next.offset) + 1 : body.last + 1,
      indent: start.indent,
      marker: start.item.marker,
      gap: line.text.slice(start.indent.length + start.item.marker.length, start.item.checkbox ? start.item.checkbox.start - line.start : start.item.contentStart - line.start),
      checkbox: start.item.checkbox,
      textStart: Math.min(start.item.contentStart, textEnd),
      textEnd,
      text: doc.text.slice(Math.min(start.item.contentStart, textEnd), textEnd),
    }
  })
  return {body, contentIndent, entries}
}

interface Start {
  offset: number
  indent: string
  item: NonNullable<ReturnType<typeof readListItem>>
}

function listItemsOutsideFences(lines: LedgerDocument['lines']): Start[] {
  const starts: Start[] = []
  let fenced = false
  lines.forEach((line, offset) => {
    if (FENCE.test(line.text)) fenced = !fenced
    if (fenced) return
    const blanks = leadingBlankEnd(line.text)
    const item = readListItem(line.text, blanks, line.start, line.index)
    if (item) starts.push({offset, indent: line.text.slice(0, blanks), item})
  })
  return starts
}

function lastNonBlankBefore(lines: LedgerDocument['lines'], offset: number): number {
  let at = offset - 1
  while (at > 0 && lines[at].text.trim() === '') at--
  return lines[at].index
}

/** The leading whitespace every line starts with (tabs and spaces compared as written). */
export function sharedLeadingBlanks(texts: readonly string[]): string {
  if (texts.length === 0) return ''
  let prefix = /^[ \t]*/.exec(texts[0])![0]
  for (const text of texts) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}
