import {UserError} from '../errors.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {Field, FixPlanItem, PlanLedger, PlanRow, Span} from '../ledger/model.js'
import {asTableCellText} from './evidence-style.js'
import {appendFields} from './field-line.js'
import {citesInCell, mentionsId} from './finding-mentions.js'
import type {TextEdit} from './text-edit.js'

/** A finding to link and where its link points, relative to the edited file (`../../../docs/findings.md#policy-001`). */
export interface FindingLink {
  id: string
  href: string
}

export interface LinkPlan {
  edits: TextEdit[]
  /** IDs that get a link, in the order asked. */
  added: string[]
  /** IDs already cited there; left alone. */
  present: string[]
  /** 1-based line, in the edited text, of the line that changes or is added; absent when nothing changes. */
  line?: number
}

// `Findings`, `Findings applied`, `Findings Applied`: the field agents already keep.
const FINDINGS_KEY = /^findings(?:[ _]+applied)?$/i
// A value that says "none": replaced by the links rather than extended.
const PLACEHOLDER_VALUE = /^(?:[—–-]+|none|n\/a|\(none(?: yet)?\))$/i
// A trailing clause this command wrote before: `Findings: [A](…), [B](…).`, extended in place.
const TRAILING_CLAUSE = /(?:^|\s)Findings: \[[^\]]+\]\([^)]+\)(?:, \[[^\]]+\]\([^)]+\))*\.$/

/** `[POLICY-001](findings.md#policy-001)`; a target with spaces or parentheses goes in `<…>`. */
export function formatFindingLink(link: FindingLink): string {
  const href = /[\s()<>]/.test(link.href) ? `<${link.href}>` : link.href
  return `[${link.id}](${href})`
}

/**
 * Links findings in the item's `Findings:` field: extends the first line of an existing field
 * (`Findings applied:` too), else adds `- Findings: …` after the item's last field.
 */
export function planItemFindings(doc: LedgerDocument, item: FixPlanItem, links: readonly FindingLink[]): LinkPlan {
  const field = item.fields.find((candidate) => FINDINGS_KEY.test(candidate.key.trim()))
  const fieldText = field ? doc.text.slice(field.span.start, field.span.end) : ''
  const [missing, present] = partition(links, (link) => !mentionsId(fieldText, link.id))
  const result: LinkPlan = {edits: [], added: missing.map((link) => link.id), present: present.map((link) => link.id)}
  if (missing.length === 0) return result
  const list = missing.map(formatFindingLink).join(', ')
  if (!field) {
    const {edit, firstLine} = appendFields(doc, item, [{key: 'Findings', value: list}])
    return {...result, edits: [edit], line: firstLine}
  }
  return {...result, edits: [extendFieldValue(doc, field, list)], line: field.line}
}

function extendFieldValue(doc: LedgerDocument, field: Field, list: string): TextEdit {
  const {start, end} = field.valueSpan
  const value = doc.text.slice(start, end)
  if (value === '' || PLACEHOLDER_VALUE.test(value)) {
    // `- Findings:` with nothing after the colon needs a space before the links.
    const spaced = /[ \t]/.test(doc.text[start - 1]) ? list : ` ${list}`
    return {start, end, text: spaced}
  }
  // `Findings: POLICY-001.` keeps its full stop at the end of the list.
  const at = value.endsWith('.') ? end - 1 : end
  return {start: at, end: at, text: `, ${list}`}
}

/**
 * Links findings in a plan row: ` Findings: [A](…), [B](…).` appended to the guidance cell (a
 * checklist item's text), or added to such a clause when the cell already ends with one.
 */
export function planRowFindings(plan: PlanLedger, row: PlanRow, links: readonly FindingLink[]): LinkPlan {
  const place = rowTextPlace(plan, row)
  const text = plan.doc.text.slice(place.span.start, place.span.end)
  const [missing, present] = partition(links, (link) => !citesInCell(text, link.id))
  const result: LinkPlan = {edits: [], added: missing.map((link) => link.id), present: present.map((link) => link.id)}
  if (missing.length === 0) return result
  const rawList = missing.map(formatFindingLink).join(', ')
  const list = place.cell ? asTableCellText(rawList) : rawList
  const {start, end} = place.span
  let edit: TextEdit
  if (TRAILING_CLAUSE.test(text)) edit = {start: end - 1, end: end - 1, text: `, ${list}`}
  else if (start === end && place.cell) edit = {start: place.cell.start, end: place.cell.end, text: ` Findings: ${list}. `}
  else edit = {start: end, end, text: ` Findings: ${list}.`}
  return {...result, edits: [edit], line: row.line}
}

interface RowTextPlace {
  /** The trimmed content the clause follows. */
  span: Span
  /** For a table cell, the raw cell between its pipes (an empty cell is filled with padding). */
  cell?: Span
}

function rowTextPlace(plan: PlanLedger, row: PlanRow): RowTextPlace {
  if (row.kind === 'checklist') {
    // A wrapped item's text ends on its last continuation line.
    const end = row.paragraphEnd ?? row.textSpan?.end ?? row.span.end
    return {span: {start: row.textSpan?.start ?? end, end}}
  }
  const columns = plan.tables[row.table ?? -1]?.columns
  const cell = columns?.guidance === undefined ? undefined : row.cells[columns.guidance]
  if (!cell || columns!.guidance === columns!.state || columns!.guidance === columns!.id) {
    throw new UserError(`Row ${row.id} (line ${row.line}) has no guidance cell to link findings in`, {
      path: plan.doc.path,
      hint: 'the guidance column is the table\u2019s last column, after ID and State',
    })
  }
  return {span: {start: cell.contentStart, end: cell.contentEnd}, cell: {start: cell.start, end: cell.end}}
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = []
  const no: T[] = []
  for (const item of items) (test(item) ? yes : no).push(item)
  return [yes, no]
}
