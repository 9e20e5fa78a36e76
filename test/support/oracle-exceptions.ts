import type {ListItem} from '../../src/ledger/scan.js'
import {columnsOf} from '../../src/ledger/whitespace.js'
import type {Comparison, Disagreement, DisagreementKind} from './scanner-oracle.js'

/**
 * Where the scanner reads Markdown differently from CommonMark + GFM on purpose (or cannot tell
 * without tracking containers, which would cost it its linear line-by-line pass). Each is a rule
 * over the construct, never a file and line: any disagreement none of them covers fails the test.
 */
export interface KnownException {
  name: string
  reason: string
  covers(disagreement: Disagreement, comparison: Comparison): boolean
}

const scannerOnly = (kind: DisagreementKind) => kind.endsWith('scanner only')
const remarkOnly = (kind: DisagreementKind) => kind.endsWith('remark only')
const isItemKind = (kind: DisagreementKind) => kind === 'list item: scanner only' || kind === 'checkbox: scanner only'
const GFM_TASK_MARKERS = new Set([' ', 'x', 'X'])

export const KNOWN_EXCEPTIONS: KnownException[] = [
  {
    name: 'table without a delimiter row',
    reason: 'the scanner deliberately reads a table without a `| --- |` row as a table: real findings ledgers write them (FORMATS.md §1); GFM reads a paragraph',
    covers: (found, {scan}) => found.kind === 'table row: scanner only' && tableAt(scan.tables, found.line)?.delimiterLine === undefined,
  },
  {
    name: 'table straight under a list item',
    reason:
      'with no blank line between, GFM reads the table’s lines as more of the list item’s text (a table cannot start on a lazy line); the scanner reads the table the author wrote',
    covers: (found, {scan}) => {
      const table = tableAt(scan.tables, found.line)
      if (found.kind !== 'table row: scanner only' || !table) return false
      let above = table.startLine - 1
      // Up through the item's text and the pipe lines that remark reads as more of it.
      while (above >= 0 && (scan.kinds[above] === 'text' || scan.kinds[above] === 'table')) above--
      return above >= 0 && scan.kinds[above] === 'list'
    },
  },
  {
    name: 'pipe-less line under a table',
    reason:
      'GFM goes on with a table through any next line up to a blank one; the scanner ends it at a line without a pipe, since prose written straight under a ledger table is not a row, and reads what follows afresh',
    covers: (found, {remark, doc}) => {
      if (found.kind !== 'table row: remark only') return false
      // Up through the rows of remark's table (its delimiter row is no node): is one of them pipe-less?
      const rowLines = new Set(remark.tableRows.map((row) => row.line))
      const text = (line: number) => doc.lines[line - 1]?.text ?? ''
      for (let at = found.line; rowLines.has(at) || (rowLines.has(at - 1) && text(at).trim() !== ''); at--) {
        if (rowLines.has(at) && !text(at).includes('|')) return true
      }
      return false
    },
  },
  {
    name: 'setext heading',
    reason: 'the scanner reads only `#` headings: in a ledger, `---` under a line of text is meant as a rule, and a heading there would cut its section in two',
    covers: (found, {remark}) => found.kind === 'heading: remark only' && remark.headings.some((heading) => heading.line === found.line && heading.setext),
  },
  {
    name: 'ledger state in a checkbox',
    reason: 'GFM knows only `[ ]`, `[x]` and `[X]`; ledgers also write states such as `[P]`, `[D]` and `[✅]` (FORMATS.md §1), which the plan readers need',
    covers: (found, {scan}) => found.kind === 'checkbox: scanner only' && !GFM_TASK_MARKERS.has(itemAt(scan.listItems, found.line)?.checkbox?.marker ?? ' '),
  },
  {
    name: 'checkbox with no text after it',
    reason: 'GFM makes a task only of a box followed by text; to a ledger reader an empty `- [ ]` is still an open task',
    covers: (found, {scan}) => found.kind === 'checkbox: scanner only' && itemAt(scan.listItems, found.line)?.text.trim() === '',
  },
  {
    name: 'numbered or empty item straight after prose',
    reason:
      'CommonMark lets a list interrupt a paragraph only with `1.` or a non-empty item, so such an item and those nested under it are more prose to it; the scanner takes any marker line as an item, as ledgers number steps straight under a sentence',
    covers: (found, comparison) =>
      isItemKind(found.kind) &&
      unseenItemOrContainer(found, comparison, (item) => {
        const interruptsProse = comparison.scan.kinds[item.line - 1] !== undefined && comparison.scan.kinds[item.line - 1] !== 'blank'
        return interruptsProse && (item.text.trim() === '' || (/^\d/.test(item.marker) && Number.parseInt(item.marker, 10) !== 1))
      }),
  },
  {
    name: 'marker indented four columns too deep',
    reason:
      'CommonMark reads a marker indented four or more columns past where an item may start (the text of the item above, or a line of prose, heading or table between) as more text; authors align such sub-items with the text after a checkbox, and the scanner reads the nested items they mean',
    covers: (found, {scan, doc}) => {
      const item = itemAt(scan.listItems, found.line)
      if (!isItemKind(found.kind) || !item) return false
      const parent = containingItem(scan.listItems, item)
      let margin = parent?.contentColumn ?? 0
      for (let at = (parent?.line ?? -1) + 1; at < item.line; at++) {
        const text = doc.lines[at].text
        // Any line between that is not an item or code (prose, a heading, a table, HTML) closes what it is less indented than.
        const kind = scan.kinds[at]
        if (kind !== 'blank' && kind !== 'list' && kind !== 'code') margin = Math.min(margin, columnsOf(text, text.length - text.trimStart().length))
      }
      return item.indent >= margin + 4
    },
  },
  {
    name: 'numbered list under indented code',
    reason:
      'remark refuses a list that starts at a number other than 1 after indented code and a blank line, which CommonMark allows (no paragraph is open there); the scanner follows CommonMark',
    covers: (found, comparison) =>
      isItemKind(found.kind) &&
      unseenItemOrContainer(found, comparison, (item) => {
        let above = item.line - 1
        while (above >= 0 && comparison.scan.kinds[above] === 'blank') above--
        const underCode = comparison.remark.codeBlocks.some((block) => !block.fenced && block.startLine <= above + 1 && above + 1 <= block.endLine)
        return underCode && /^\d/.test(item.marker)
      }),
  },
  {
    name: 'indented code',
    reason: 'the scanner does not track list containers, so it cannot tell code indented four columns from a nested item or row; it reads the line as what it looks like',
    covers: (found, {remark}) =>
      scannerOnly(found.kind) && remark.codeBlocks.some((block) => !block.fenced && block.startLine <= found.line && found.line <= block.endLine),
  },
  {
    name: 'fence bounds set by a container',
    reason:
      'CommonMark opens and closes a fence relative to the list item it sits in: an opener four columns past it is indented code, a closer four columns past it is code, and the item’s end ends the fence; the scanner does not track list items, so it opens and closes fences at any indentation and ends an unclosed one at the end of the file (with a warning)',
    covers: (found, {scan, remark, doc}) => {
      if (scannerOnly(found.kind)) return remark.codeBlocks.some((block) => block.fenced && block.startLine < found.line && found.line <= block.endLine)
      const fence = scan.fences.find((block) => block.startLine < found.line - 1 && found.line - 1 <= block.endLine)
      if (!remarkOnly(found.kind) || !fence) return false
      // Only a fence opened indented (in a list item, or past one) can end, or fail to open, with its container.
      const opener = doc.lines[fence.startLine].text
      return columnsOf(opener, opener.length - opener.trimStart().length) > 0
    },
  },
  {
    name: 'inside a block quote',
    reason: 'the scanner reads the ledger’s own structure, not quoted text: a `>` line is never a heading, item or row to it',
    covers: (found, {remark}) => remarkOnly(found.kind) && remarkContainersAt(remark, found).some((container) => container.kind === 'blockquote'),
  },
  {
    name: 'lazy line under a block quote',
    reason: 'a line without `>` straight under a quote continues the quote’s paragraph in CommonMark; the scanner does not track block quotes and reads the line as what it looks like',
    covers: (found, {remark}) => scannerOnly(found.kind) && remark.blockQuotes.some((quote) => quote.startLine < found.line && found.line <= quote.endLine),
  },
  {
    name: 'lone tag under a list item’s text',
    reason:
      'remark lets a line holding only a tag end a list item’s text and open an HTML block, where CommonMark (and the scanner) keep it in the item’s paragraph; remark then holds the lines below it, up to a blank one, as HTML',
    covers: (found, {remark, scan}) =>
      scannerOnly(found.kind) && remark.htmlBlocks.some((html) => html.startLine < found.line && found.line <= html.endLine && scan.kinds[html.startLine - 1] === 'text'),
  },
  {
    name: 'heading inside a list item',
    reason: 'the scanner reads `- # text` as a list item whose text starts with `#`; ledgers never put their sections inside bullets',
    covers: (found, {remark}) =>
      found.kind === 'heading: remark only' && remark.headings.some((heading) => heading.line === found.line && heading.containers.some((container) => container.kind === 'listItem')),
  },
]

/** The first known exception covering a disagreement, or undefined when none does. */
export function knownExceptionFor(found: Disagreement, comparison: Comparison): KnownException | undefined {
  return KNOWN_EXCEPTIONS.find((exception) => exception.covers(found, comparison))
}

/** Scanner list item on a 1-based line. */
function itemAt<T extends {line: number}>(items: T[], line: number): T | undefined {
  return items.find((item) => item.line === line - 1)
}

/**
 * The scanner item an item sits in, as CommonMark nests them: the nearest one above whose text starts
 * at or before the marker, with every item between inside it too (an item less indented closes it).
 */
function containingItem<T extends {indent: number; contentColumn: number}>(items: T[], item: T): T | undefined {
  let lowest = item.indent
  for (let at = items.indexOf(item) - 1; at >= 0; at--) {
    const other = items[at]
    if (other.contentColumn <= lowest) return other
    lowest = Math.min(lowest, other.indent)
  }
  return undefined
}

/**
 * Whether `holds` is true of the scanner item on the disagreement's line, or of an item it sits in,
 * where remark sees none of the items on the way up (its refusal of one takes its nested items along).
 */
function unseenItemOrContainer(found: Disagreement, {scan, remark}: Comparison, holds: (item: ListItem) => boolean): boolean {
  for (let item = itemAt(scan.listItems, found.line); item; item = containingItem(scan.listItems, item)) {
    if (remark.listItems.some((seen) => seen.line === item!.line + 1)) return false
    if (holds(item)) return true
  }
  return false
}

/** Scanner table holding a 1-based line. */
function tableAt<T extends {startLine: number; endLine: number}>(tables: T[], line: number): T | undefined {
  return tables.find((table) => table.startLine <= line - 1 && line - 1 <= table.endLine)
}

/** The containers remark puts the construct on this line in. */
function remarkContainersAt(remark: Comparison['remark'], found: Disagreement) {
  const constructs = [...remark.headings, ...remark.listItems, ...remark.tableRows]
  return constructs.filter((construct) => construct.line === found.line).flatMap((construct) => construct.containers)
}
