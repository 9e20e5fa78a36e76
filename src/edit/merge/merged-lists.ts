import {createDocument, type LedgerDocument} from '../../ledger/document.js'
import {listBlocks, type ListBlock} from '../../ledger/list-blocks.js'
import {scanDocument} from '../../ledger/scan.js'

/** A text's lists, read once, and which lines sit in a conflict block (left as the sides wrote them). */
export interface VersionLists {
  doc: LedgerDocument
  lists: ListBlock[]
  inConflict: (line: number) => boolean
}

/** The three versions of a merge, their lists read. */
export interface MergeVersions {
  base: VersionLists
  ours: VersionLists
  theirs: VersionLists
}

export function readLists(text: string): VersionLists {
  const doc = createDocument('', text)
  const scan = scanDocument(doc)
  const blocks: Array<[number, number]> = []
  for (const marker of scan.conflictMarkers) {
    const line = doc.lines[marker].text
    if (line.startsWith('<')) blocks.push([marker, doc.lines.length])
    else if (line.startsWith('>') && blocks.length > 0) blocks[blocks.length - 1][1] = marker
  }
  return {doc, lists: listBlocks(doc, scan), inConflict: (line) => blocks.some(([from, to]) => line >= from && line <= to)}
}

/** An item's name across versions: its text, marker, box and surrounding spaces aside. */
export function itemName(list: ListBlock, index: number): string {
  return list.items[index].item.text.trim()
}

/**
 * The list of another version that `list` came from: of its kind and depth, holding most of its
 * items (one under the same heading first on a tie); undefined when none holds any.
 */
export function counterpart(list: ListBlock, lists: readonly ListBlock[]): ListBlock | undefined {
  const names = new Set(list.items.map((_, index) => itemName(list, index)))
  let best: ListBlock | undefined
  let bestScore = 0
  for (const other of lists) {
    if (other.indent !== list.indent || other.numbered !== list.numbered) continue
    const shared = other.items.filter((_, index) => names.has(itemName(other, index))).length
    const score = shared === 0 ? 0 : shared * 2 + (other.heading === list.heading ? 1 : 0)
    if (score > bestScore) [best, bestScore] = [other, score]
  }
  return best
}

/** How a note names a list: `list under "Queue" (line 13)`. */
export function describeList(list: ListBlock): string {
  const line = list.items[0].item.line + 1
  return list.heading === '' ? `list at line ${line}` : `list under "${list.heading}" (line ${line})`
}
