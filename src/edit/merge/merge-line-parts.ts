import {splitTableCells} from '../../ledger/table-cells.js'
import {eolOf, withoutEol} from './merge-lines.js'

// A list item's box (`- [x]`, `1. [ ]`, backticked or not): the state, merged apart from the text.
const CHECKLIST_BOX = /^(\s*(?:[-*+]|\d+[.)])\s+`?\[[^\]]{1,2}\]`?)(.*)$/s

/**
 * Merges one line whose three versions all changed, part by part: a table row cell by cell, a
 * checklist line as box and text, a list index entry by its `, ` and ` — ` parts. A part changed on one side wins; a part changed differently on
 * both sides is a conflict (undefined). Lines that are neither are not split (undefined).
 */
export function mergeLineParts(base: string, ours: string, theirs: string, listIndex = false): string | undefined {
  const split = (line: string) => partsOf(withoutEol(line), listIndex)
  const [b, o, t] = [split(base), split(ours), split(theirs)]
  if (b === undefined || o === undefined || t === undefined || b.length !== o.length || b.length !== t.length) return undefined
  const merged: string[] = []
  for (let at = 0; at < b.length; at++) {
    if (o[at] === b[at]) merged.push(t[at])
    else if (t[at] === b[at] || t[at] === o[at]) merged.push(o[at])
    else return undefined
  }
  return merged.join('') + eolOf(ours)
}

/** The line cut into parts that join back to it; undefined for a line with no parts to merge apart. */
function partsOf(line: string, listIndex: boolean): string[] | undefined {
  if (line.trimStart().startsWith('|')) {
    const cells = splitTableCells(line, 0)
    const parts: string[] = []
    let at = 0
    for (const cell of cells) {
      parts.push(line.slice(at, cell.contentStart), line.slice(cell.contentStart, cell.contentEnd))
      at = cell.contentEnd
    }
    parts.push(line.slice(at))
    return parts
  }
  const box = CHECKLIST_BOX.exec(line)
  if (box) return [box[1], box[2]]
  // A list index entry (`- [ID] Title — Priority: High, Status: done`): its comma- and dash-separated parts.
  return listIndex ? line.split(LIST_INDEX_SEPARATOR) : undefined
}

const LIST_INDEX_SEPARATOR = /(, | [—–-] )/
