import {conflictMarkerLines} from '../../ledger/conflict-marker-lines.js'
import {createDocument, type LedgerDocument} from '../../ledger/document.js'
import {listBlocks, type ListBlock} from '../../ledger/list-blocks.js'
import {scanDocument} from '../../ledger/scan.js'
import {columnsOf, leadingBlankEnd} from '../../ledger/whitespace.js'

/** A text's lists, read once, and which of them a conflict block holds or cuts off (left as the sides wrote them). */
export interface VersionLists {
  doc: LedgerDocument
  lists: ListBlock[]
  /** The lists holding an item of each name: counterparts are found without a walk over every list. */
  byName: Map<string, ListBlock[]>
  /** The list sits in a conflict block or right against one: the person resolving it decides. */
  nearConflict: (list: ListBlock) => boolean
}

/** The three versions of a merge, their lists read. */
export interface MergeVersions {
  base: VersionLists
  ours: VersionLists
  theirs: VersionLists
}

/** `markerSize` is the merge's (`%L`): markers of another length are the file's own text. */
export function readLists(text: string, markerSize: number): VersionLists {
  const doc = createDocument('', text)
  const conflictMarkers = conflictMarkerLines(doc, markerSize)
  const scan = {...scanDocument(doc), conflictMarkers}
  const blocks: Array<[number, number]> = []
  for (const marker of conflictMarkers) {
    const line = doc.lines[marker].text
    if (line.startsWith('<')) blocks.push([marker, doc.lines.length])
    else if (line.startsWith('>') && blocks.length > 0) blocks[blocks.length - 1][1] = marker
  }
  const lists = listBlocks(doc, scan)
  const byName = new Map<string, ListBlock[]>()
  for (const list of lists) {
    list.items.forEach((_, index) => {
      const holders = byName.get(itemName(list, index)) ?? []
      if (holders.at(-1) !== list) holders.push(list)
      byName.set(itemName(list, index), holders)
    })
  }
  const inConflict = (line: number) => blocks.some(([from, to]) => line >= from && line <= to)
  const markers = new Set(conflictMarkers)
  return {doc, lists, byName, nearConflict: (list) => inConflict(list.items[0].item.line) || cutByConflict(doc, list, markers)}
}

/**
 * A marker is the first line above the list (blank lines and lines indented under it aside) or the
 * first below it: a conflict cut the list, and which items it holds is not settled.
 */
function cutByConflict(doc: LedgerDocument, list: ListBlock, markers: ReadonlySet<number>): boolean {
  if (markers.size === 0) return false
  const text = (at: number) => doc.lines[at].text
  let above = list.items[0].item.line - 1
  while (above >= 0 && (text(above).trim() === '' || columnsOf(text(above), leadingBlankEnd(text(above))) > list.indent)) above--
  let below = list.items[list.items.length - 1].lastLine + 1
  while (below < doc.lines.length && text(below).trim() === '') below++
  return markers.has(above) || markers.has(below)
}

/** An item's name across versions: its text, marker, box and surrounding spaces aside. */
export function itemName(list: ListBlock, index: number): string {
  return list.items[index].item.text.trim()
}

/**
 * The list of another version that `list` came from: of its kind and depth, holding most of its
 * items (one under the same heading first on a tie); undefined when none holds any.
 */
export function counterpart(list: ListBlock, version: VersionLists): ListBlock | undefined {
  const shared = new Map<ListBlock, number>()
  for (const name of new Set(list.items.map((_, index) => itemName(list, index)))) {
    for (const other of version.byName.get(name) ?? []) {
      if (other.indent === list.indent && other.numbered === list.numbered) shared.set(other, (shared.get(other) ?? 0) + 1)
    }
  }
  let best: ListBlock | undefined
  let bestScore = 0
  for (const [other, count] of shared) {
    const score = count * 2 + (other.heading === list.heading ? 1 : 0)
    // On a tie, the first in the file.
    if (score > bestScore || (score === bestScore && best !== undefined && firstLine(other) < firstLine(best))) [best, bestScore] = [other, score]
  }
  return best
}

function firstLine(list: ListBlock): number {
  return list.items[0].item.line
}

/** How a note names a list: `list under "Queue" (line 13)`. */
export function describeList(list: ListBlock): string {
  const line = list.items[0].item.line + 1
  return list.heading === '' ? `list at line ${line}` : `list under "${list.heading}" (line ${line})`
}
