import {createDocument, type LedgerDocument} from '../../src/ledger/document.js'
import {scanDocument, type ScanResult} from '../../src/ledger/scan.js'
import {remarkConstructs, type RemarkConstructs} from './remark-constructs.js'
import {comparableHeadingText} from './comparable-heading-text.js'

/** One place where the scanner and remark disagree, by 1-based line. */
export interface Disagreement {
  /** Which construct, and which side saw it: `heading: scanner only`, `checkbox: remark only`, ... */
  kind: DisagreementKind
  line: number
  /** The line's text, to read in a failure message and for exception predicates. */
  source: string
  detail?: string
}

export type DisagreementKind =
  | 'heading: scanner only'
  | 'heading: remark only'
  | 'heading: level differs'
  | 'heading: text differs'
  | 'list item: scanner only'
  | 'checkbox: scanner only'
  | 'checkbox: remark only'
  | 'checkbox: state differs'
  | 'table row: scanner only'
  | 'table row: remark only'

export interface Comparison {
  /** Constructs compared: headings, list items and table rows on either side, each counted once. */
  compared: number
  disagreements: Disagreement[]
  scan: ScanResult
  remark: RemarkConstructs
  doc: LedgerDocument
}

/** Compares what the scanner reports with what remark sees in the same text. */
export function compareWithRemark(text: string): Comparison {
  const doc = createDocument('oracle.md', text)
  const scan = scanDocument(doc)
  const remark = remarkConstructs(text)
  const lineText = (line: number) => doc.lines[line - 1]?.text ?? ''
  const disagreements: Disagreement[] = []
  const disagree = (kind: DisagreementKind, line: number, detail?: string) => disagreements.push({kind, line, source: lineText(line), detail})

  const remarkHeadings = new Map(remark.headings.map((heading) => [heading.line, heading]))
  const scannerHeadingLines = new Set<number>()
  for (const heading of scan.headings) {
    const line = heading.line + 1
    scannerHeadingLines.add(line)
    const seen = remarkHeadings.get(line)
    if (!seen) disagree('heading: scanner only', line)
    else if (seen.level !== heading.level) disagree('heading: level differs', line, `scanner ${heading.level}, remark ${seen.level}`)
    else if (comparableHeadingText(heading.text, 'markdown') !== comparableHeadingText(seen.text, 'plain')) {
      disagree('heading: text differs', line, `scanner ${JSON.stringify(heading.text)}, remark ${JSON.stringify(seen.text)}`)
    }
  }
  for (const heading of remark.headings) if (!scannerHeadingLines.has(heading.line)) disagree('heading: remark only', heading.line)

  const remarkItems = new Map(remark.listItems.map((item) => [item.line, item]))
  const scannerItemLines = new Set<number>()
  for (const item of scan.listItems) {
    const line = item.line + 1
    scannerItemLines.add(line)
    const seen = remarkItems.get(line)
    if (!seen) {
      disagree(item.checkbox ? 'checkbox: scanner only' : 'list item: scanner only', line)
      continue
    }
    if (item.checkbox && seen.checked === null) disagree('checkbox: scanner only', line, `marker ${JSON.stringify(item.checkbox.marker)}`)
    else if (!item.checkbox && seen.checked !== null) disagree('checkbox: remark only', line)
    else if (item.checkbox && seen.checked !== (item.checkbox.marker !== ' ')) disagree('checkbox: state differs', line, `marker ${JSON.stringify(item.checkbox.marker)}`)
  }
  // The reverse only for what the readers use: items with a checkbox (plain items are compared above).
  for (const item of remark.listItems) if (item.checked !== null && !scannerItemLines.has(item.line)) disagree('checkbox: remark only', item.line)

  const remarkRows = new Set(remark.tableRows.map((row) => row.line))
  const scannerRows = new Set<number>()
  for (const table of scan.tables) for (const row of [table.header, ...table.rows]) scannerRows.add(row.line + 1)
  for (const line of scannerRows) if (!remarkRows.has(line)) disagree('table row: scanner only', line)
  for (const line of remarkRows) if (!scannerRows.has(line)) disagree('table row: remark only', line)

  const compared = new Set([...scannerHeadingLines, ...remarkHeadings.keys()]).size + new Set([...scannerItemLines, ...remarkItems.keys()]).size + new Set([...scannerRows, ...remarkRows]).size
  disagreements.sort((a, b) => a.line - b.line)
  return {compared, disagreements, scan, remark, doc}
}
