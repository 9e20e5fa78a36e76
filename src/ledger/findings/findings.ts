import type {LedgerDocument} from '../document.js'
import {fitCellsToHeader, freeTextColumn, surplusCellsMessage} from '../fit-cells.js'
import {headerKey, headerName} from '../header-name.js'
import type {Finding, FindingsLedger, FindingsTable, LedgerWarning} from '../model.js'
import {stripIdMarkup} from '../plan/row-id.js'
import {scanDocument, type Heading, type ScanResult, type TableBlock} from '../scan.js'
import {appendAll} from '../unbounded-arrays.js'

/** `POLICY-001`, `TORCH-REASSEMBLY-NORM-001`, `LINES256-CTRL-PATH-001`. */
const FINDING_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3,}$/
// A table cell may be looser (`FINDING-7`, `Data_01`) but is still one token with a letter and a digit.
const TABLE_FINDING_ID = /^(?=[^\d]*\d)[\p{L}][\p{L}\p{N}_.]*(?:-[\p{L}\p{N}_.]+)*$/u
// `## PROBE-MASK-DEFAULT-001 - Title`, also `## [DATA-002] Title`, `## **DATA-002**: Title`.
const HEADING_FINDING = /^(?:\[|\*\*|`)?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3,})(?:\]|\*\*|`)?(?=$|[\s:—–-])[ \t]*(?:[:—–-][ \t]*)?(.*)$/s

/** Reads every `Finding ID` table row and every heading that starts with a finding ID, in document order. */
export function readFindings(doc: LedgerDocument, scan: ScanResult = scanDocument(doc)): FindingsLedger {
  const warnings: LedgerWarning[] = scan.warnings.map((warning) => ({path: doc.path, line: warning.line + 1, message: warning.message}))
  const tables: FindingsTable[] = []
  const findings: Finding[] = []
  for (const block of scan.tables) {
    const headers = block.header.cells.map((cell) => headerName(cell.text))
    const idColumn = headers.findIndex((header) => headerKey(header) === 'finding id')
    if (idColumn === -1) continue
    const table: FindingsTable = {headerLine: block.startLine + 1, headers, hasDelimiter: block.delimiterLine !== undefined, idColumn}
    appendAll(findings, tableFindings(doc, block, table, tables.length, warnings))
    tables.push(table)
  }
  for (const heading of scan.headings) {
    const finding = headingFinding(doc, heading)
    if (finding) findings.push(finding)
  }
  findings.sort((a, b) => a.line - b.line)
  warnings.sort((a, b) => a.line - b.line)
  return {doc, tables, findings, warnings}
}

function tableFindings(doc: LedgerDocument, block: TableBlock, table: FindingsTable, tableIndex: number, warnings: LedgerWarning[]): Finding[] {
  const {headers, idColumn} = table
  const keys = uniqueKeys(headers)
  const absorb = freeTextColumn(headers, block.rows)
  const findings: Finding[] = []
  for (const tableRow of block.rows) {
    const line = tableRow.line + 1
    const cells = fitCellsToHeader(doc.text, tableRow.cells, headers.length, absorb)
    const id = stripIdMarkup(cells[idColumn]?.text ?? '')
    if (!TABLE_FINDING_ID.test(id)) {
      const what = id === '' ? 'an empty' : `\`${id.length > 40 ? `${id.slice(0, 40)}…` : id}\` in the`
      warnings.push({path: doc.path, line, message: `Row at line ${line} has ${what} ${headers[idColumn]} cell, not a finding ID; skipped`})
      continue
    }
    if (cells !== tableRow.cells) {
      warnings.push({path: doc.path, line, message: surplusCellsMessage(`Finding ${id}`, line, tableRow.cells.length, headers.length, headers[absorb])})
    }
    const columns: Record<string, string> = {}
    keys.forEach((key, index) => (columns[key] = cells[index]?.text ?? ''))
    const docLine = doc.lines[tableRow.line]
    findings.push({id, line, span: {start: docLine.start, end: docLine.end}, source: 'table', table: tableIndex, columns})
  }
  return findings
}

function headingFinding(doc: LedgerDocument, heading: Heading): Finding | undefined {
  const match = HEADING_FINDING.exec(heading.text)
  if (!match || !FINDING_ID.test(match[1])) return undefined
  const docLine = doc.lines[heading.line]
  const title = match[2].replace(/^\*\*|\*\*$/g, '').trim()
  return {id: match[1], line: heading.line + 1, span: {start: docLine.start, end: docLine.end}, source: 'heading', columns: {Title: title}}
}

/** Header names as record keys; a repeated name gets ` (2)`, ` (3)` so no cell is lost. */
function uniqueKeys(headers: string[]): string[] {
  const seen = new Map<string, number>()
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1
    seen.set(header, count)
    return count === 1 ? header : `${header} (${count})`
  })
}
