import {headingSectionEnds} from '../../ledger/dialects/sections.js'
import type {Heading} from '../../ledger/scan.js'

/**
 * For each heading's 0-based line, the line its section stops before (the next heading at its level
 * or above, else the end of the file): one pass over the headings, looked up per unit.
 */
export function sectionEndByHeadingLine(headings: readonly Heading[], lineCount: number): Map<number, number> {
  const ends = headingSectionEnds(headings, lineCount)
  return new Map(headings.map((heading, at) => [heading.line, ends[at] + 1]))
}
