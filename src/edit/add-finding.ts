import {UserError} from '../errors.js'
import {headerKey} from '../ledger/header-name.js'
import type {FindingsLedger, FindingsTable} from '../ledger/model.js'
import {scanDocument, type ScanResult} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'
import {asTableCellText} from './evidence-style.js'
import {requireIsoDate} from './iso-date.js'
import {requireOneLineValues} from './one-line-value.js'
import {formatTableRow} from './table-row-format.js'
import type {TextEdit} from './text-edit.js'

export interface NewFinding {
  id: string
  /** Required: absent or blank is an error. */
  synopsis?: string
  keywords?: string
  evidence?: string
  /** Written only when the table has a Status / Date column. */
  status: string
  date: string
}

export interface AddFindingPlan {
  edits: TextEdit[]
  /** 1-based line of the new row in the edited text. */
  line: number
  /** The new row as written (no line ending). */
  text: string
}

/** `WORD-NNN`: capitals and digits in hyphenated words, ending in a number (`POLICY-001`, `TORCH-REASSEMBLY-NORM-001`). */
export const NEW_FINDING_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+$/

type Value = keyof NewFinding
// Header names (case-insensitive) each value goes under; other columns are left empty.
const COLUMN_NAMES: Record<Value, string[]> = {
  id: ['finding id'],
  date: ['date'],
  keywords: ['keywords', 'keyword'],
  synopsis: ['synopsis'],
  evidence: ['evidence pointer', 'evidence'],
  status: ['status'],
}
// Values the caller chose: losing one for want of a column is an error (a default date or status is not).
const GIVEN_VALUES = ['synopsis', 'keywords', 'evidence'] as const

/** One row appended after the last row of the first `Finding ID` table, in that table's column order and pipe style. */
export function planAddFinding(ledger: FindingsLedger, finding: NewFinding, scan: ScanResult = scanDocument(ledger.doc)): AddFindingPlan {
  checkFinding(ledger, finding)
  const table = ledger.tables[0]
  if (!table) {
    throw new UserError(`No findings table in ${ledger.doc.path}`, {
      path: ledger.doc.path,
      hint: 'add a table whose header is `| Finding ID | Date | Keywords | Synopsis | Evidence Pointer | Status |`',
    })
  }
  const block = scan.tables.find((candidate) => candidate.startLine + 1 === table.headerLine)!
  const model = block.rows.at(-1) ?? block.header
  const text = formatTableRow(ledger.doc.lines[model.line].text, model, cellsFor(ledger, table, finding))
  const after = block.rows.at(-1)?.line ?? block.delimiterLine ?? block.header.line
  const at = ledger.doc.lines[after].end
  return {edits: [{start: at, end: at, text: ledger.doc.eol + text}], line: after + 2, text}
}

/** The new row's cell texts in the table's column order, escaped for a table cell. */
function cellsFor(ledger: FindingsLedger, table: FindingsTable, finding: NewFinding): string[] {
  const keys = table.headers.map(headerKey)
  for (const value of GIVEN_VALUES) {
    if (finding[value] === undefined || keys.some((key) => COLUMN_NAMES[value].includes(key))) continue
    throw new UserError(`The findings table (line ${table.headerLine}) has no ${COLUMN_NAMES[value].map((name) => `\`${name}\``).join(' or ')} column for --${value}`, {
      path: ledger.doc.path,
      line: table.headerLine,
      hint: `columns: ${table.headers.join(', ')}`,
    })
  }
  const values = Object.keys(COLUMN_NAMES) as Value[]
  return keys.map((key) => {
    const value = values.find((candidate) => COLUMN_NAMES[candidate].includes(key))
    return value === undefined ? '' : asTableCellText((finding[value] ?? '').trim())
  })
}

function checkFinding(ledger: FindingsLedger, finding: NewFinding): void {
  // A row is one line; `<br>` is a rendering choice the caller makes, not one made for them.
  const {id, synopsis, keywords, evidence, status, date} = finding
  requireOneLineValues({ID: id, '--synopsis': synopsis, '--keywords': keywords, '--evidence': evidence, '--status': status, '--date': date})
  if (!NEW_FINDING_ID.test(finding.id)) {
    throw new UserError(`Unexpected finding ID \`${shownInput(finding.id)}\`, expected WORD-NNN such as \`POLICY-001\` or \`TORCH-REASSEMBLY-NORM-001\``, {
      hint: 'capital letters and digits in hyphen-separated words, ending in -<number>',
    })
  }
  const existing = ledger.findings.find((candidate) => candidate.id.toLowerCase() === finding.id.toLowerCase())
  if (existing) {
    throw new UserError(`Finding ${existing.id} already exists in ${ledger.doc.path} (line ${existing.line})`, {
      path: ledger.doc.path,
      line: existing.line,
      hint: 'pick the next free number, or edit the existing finding',
    })
  }
  if ((finding.synopsis ?? '').trim() === '') throw new UserError(`No --synopsis for ${shownInput(finding.id)}`, {hint: 'say in one line what was learnt: --synopsis "…"'})
  requireIsoDate(finding.date)
}
