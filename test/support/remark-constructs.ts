import type {Nodes, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** What remark (CommonMark + GFM) sees, reduced to the constructs the scanner reports, by 1-based line. */
export interface RemarkConstructs {
  headings: RemarkHeading[]
  listItems: RemarkListItem[]
  /** Table rows: the header and body rows (GFM makes no node of the delimiter row). */
  tableRows: RemarkTableRow[]
  /** Code blocks, fenced or indented, by first and last line. */
  codeBlocks: RemarkCodeBlock[]
  /** HTML blocks (not inline HTML in a paragraph), by first and last line. */
  htmlBlocks: LineRange[]
  /** Block quotes, by first and last line (lazy continuation lines included). */
  blockQuotes: LineRange[]
}

export interface LineRange {
  startLine: number
  endLine: number
}

export interface RemarkTableRow {
  line: number
  containers: Container[]
}

export interface RemarkCodeBlock extends LineRange {
  /** Opened by a ``` or ~~~ fence; false for code indented four columns. */
  fenced: boolean
}

export interface RemarkHeading {
  line: number
  level: number
  /** The heading's plain text: text and inline code values, no markup. */
  text: string
  /** `#` headings are ATX; underlined ones (`===`, `---`) are setext. */
  setext: boolean
  /** Lines of the block quotes and list items the heading sits in (1-based), outermost first. */
  containers: Container[]
}

export interface RemarkListItem {
  line: number
  /** GFM task state: true `[x]`, false `[ ]`, null when the item is no task. */
  checked: boolean | null
  containers: Container[]
}

export interface Container {
  kind: 'blockquote' | 'listItem'
  line: number
}

const parser = unified().use(remarkParse).use(remarkGfm)

export function remarkConstructs(text: string): RemarkConstructs {
  const tree = parser.parse(text) as Root
  const found: RemarkConstructs = {headings: [], listItems: [], tableRows: [], codeBlocks: [], htmlBlocks: [], blockQuotes: []}
  // Visiting is pre-order, so a parent's containers are known before its children are visited.
  const containersOf = new Map<Nodes, Container[]>([[tree, []]])
  visit(tree, (node: Nodes, _index, parent: Nodes | undefined) => {
    const outer = parent === undefined ? [] : containersOf.get(parent)!
    const containers = parent && (parent.type === 'blockquote' || parent.type === 'listItem') ? [...outer, {kind: parent.type, line: lineOf(parent)}] : outer
    containersOf.set(node, containers)
    if (node.type === 'heading') {
      // An ATX heading is one line; a setext heading is its text and the underline below.
      const setext = node.position!.end.line > node.position!.start.line
      found.headings.push({line: lineOf(node), level: node.depth, text: plainText(node), setext, containers})
    } else if (node.type === 'listItem') {
      found.listItems.push({line: lineOf(node), checked: node.checked ?? null, containers})
    } else if (node.type === 'tableRow') {
      found.tableRows.push({line: lineOf(node), containers})
    } else if (node.type === 'code') {
      const source = text.slice(node.position!.start.offset, node.position!.end.offset)
      found.codeBlocks.push({...linesOf(node), fenced: /^ {0,3}(```|~~~)/.test(source)})
    } else if (node.type === 'html' && parent && !PHRASING_PARENTS.has(parent.type)) {
      found.htmlBlocks.push(linesOf(node))
    } else if (node.type === 'blockquote') {
      found.blockQuotes.push(linesOf(node))
    }
  })
  return found
}

/** Nodes whose HTML children are inline HTML, not HTML blocks. */
const PHRASING_PARENTS = new Set<string>(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'])

function linesOf(node: Nodes): LineRange {
  return {startLine: node.position!.start.line, endLine: node.position!.end.line}
}

function lineOf(node: Nodes): number {
  return node.position!.start.line
}

/** Text and inline code values in document order: what a reader sees of a heading. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('')
  return ''
}
