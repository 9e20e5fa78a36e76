import {indentOf, kindOf, type LedgerLines} from '../fix-plan/fix-plan-lines.js'

/**
 * Last line (0-based) of the list item at `start` whose marker sits at `indent` columns: deeper
 * lines (nested bullets, boxes, fenced code), blank lines only when a deeper line follows, and
 * wrapped lines that continue it without indentation (lazy continuation). A heading, or another
 * item not indented past this marker's width (` 1. ` under `- `: a sibling, as CommonMark nests only
 * at the content column), ends it.
 */
export function listItemEnd(lines: LedgerLines, start: number, indent: number): number {
  let last = start
  for (let at = start + 1; at < lines.count; at++) {
    const kind = kindOf(lines, at)
    if (kind === 'blank') continue
    if (kind === 'heading') break
    const deeper = kind === 'list' ? indentOf(lines, at) > indent + 1 : indentOf(lines, at) > indent
    const lazy = kind === 'text' && at === last + 1
    if (!deeper && !lazy) break
    const fenceLast = lines.fenceEnd[at]
    last = fenceLast > at ? fenceLast : at
    at = last
  }
  return last
}
