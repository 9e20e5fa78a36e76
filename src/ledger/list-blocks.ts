import type {LedgerDocument} from './document.js'
import type {ListItem, ScanResult} from './scan.js'
import {columnsOf, leadingBlankEnd} from './whitespace.js'

/**
 * A list as a reader sees it: items of one kind (numbered or bulleted) at one indentation, with
 * whatever is indented under them. A list nested in an item is a list of its own.
 */
export interface ListBlock {
  indent: number
  numbered: boolean
  items: ListBlockItem[]
  /** Title of the heading the list sits under; '' above the first heading. */
  heading: string
}

export interface ListBlockItem {
  item: ListItem
  /** 0-based last non-blank line of the item (its continuation lines and nested lists included). */
  lastLine: number
}

/**
 * The lists of a document, in order of their first item. A list runs over blank lines and lines
 * indented deeper than its items (and a line of text right under one, as Markdown's lazy
 * continuation); a heading, a conflict marker or a line as shallow as its items ends it.
 */
export function listBlocks(doc: LedgerDocument, scan: ScanResult): ListBlock[] {
  const blocks: ListBlock[] = []
  const itemAt = new Map(scan.listItems.map((item) => [item.line, item]))
  const fenceEnd = new Map(scan.fences.map((fence) => [fence.startLine, fence.endLine]))
  const markers = new Set(scan.conflictMarkers)
  let open: ListBlock[] = []
  let heading = ''
  // Every open list's last item holds the line (a nested item is inside the items above it).
  const extendTo = (line: number) => {
    for (const list of open) list.items[list.items.length - 1].lastLine = line
  }
  for (let at = 0; at < doc.lines.length; at++) {
    const kind = scan.kinds[at]
    if (kind === 'blank') continue
    if (kind === 'heading' || markers.has(at)) {
      open = []
      if (kind === 'heading') heading = scan.headings.find((candidate) => candidate.line === at)?.text ?? ''
      continue
    }
    const item = itemAt.get(at)
    if (item !== undefined) {
      open = open.filter((list) => list.indent < item.indent || (list.indent === item.indent && list.numbered === isNumbered(item)))
      const top = open.at(-1)
      if (top !== undefined && top.indent === item.indent) top.items.push({item, lastLine: at})
      else {
        const list: ListBlock = {indent: item.indent, numbered: isNumbered(item), items: [{item, lastLine: at}], heading}
        blocks.push(list)
        open.push(list)
      }
      extendTo(at)
      continue
    }
    // A fence is one block, as deep as its opening line: its code lines say nothing of the list.
    const last = fenceEnd.get(at) ?? at
    const text = doc.lines[at].text
    const lazy = kind === 'text' && at > 0 && scan.kinds[at - 1] !== 'blank' && open.length > 0
    if (!lazy) {
      const column = columnsOf(text, leadingBlankEnd(text))
      open = open.filter((list) => list.indent < column)
    }
    extendTo(last)
    at = last
  }
  return blocks
}

/** The number a numbered item carries (`12.` → 12); undefined for a bullet. */
export function itemNumber(item: ListItem): number | undefined {
  return isNumbered(item) ? Number(item.marker.slice(0, -1)) : undefined
}

function isNumbered(item: ListItem): boolean {
  const first = item.marker.charCodeAt(0)
  return first >= 48 && first <= 57
}
