import {kindOf, trimEnd, warn, type LedgerLines} from './fix-plan-lines.js'
import type {HeaderField} from '../model.js'

// `**Last Updated:** 2025-10-19` or `**Last Updated**: 2025-10-19`; group 1 is everything before the value.
const HEADER_LINE = /^([ \t]*(\*\*|__)([^*_:]{1,60}?)[ \t]*(?::\2|\2[ \t]*:)(?=[ \t]|$)[ \t]*)(.*)$/s

/** The bold `Key: value` lines in `[0, to]`: the ledger's header, with value spans for updates. */
export function readHeader(lines: LedgerLines, to: number): HeaderField[] {
  const fields: HeaderField[] = []
  const seen = new Map<string, number>()
  for (let at = 0; at <= to; at++) {
    if (kindOf(lines, at) !== 'text') continue
    const line = lines.doc.lines[at]
    const match = HEADER_LINE.exec(line.text)
    if (!match) continue
    const key = match[3].trim()
    const start = line.start + match[1].length
    const value = line.text.slice(match[1].length, trimEnd(line.text, match[1].length, line.text.length))
    const previous = seen.get(key.toLowerCase())
    if (previous !== undefined) warn(lines, at, `Header field \`${key}\` repeats line ${previous}; both are kept`)
    else seen.set(key.toLowerCase(), at + 1)
    fields.push({key, value, line: at + 1, valueSpan: {start, end: start + value.length}})
  }
  return fields
}
