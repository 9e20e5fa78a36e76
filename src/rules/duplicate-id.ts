import type {LedgerDocument} from '../ledger/document.js'
import {itemLabel} from '../ledger/item-label.js'
import type {PlanLedger, PlanRow} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {columnAt, columnOf} from './support/text-position.js'
import type {Rule, RuleReport} from './rule.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

interface Identified {
  id: string
  line: number
  column: number
}

/** One ID on two fix-plan items, two rows of one plan, or two findings: edits and links become ambiguous. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'Two fix-plan items, two rows in one plan, or two findings share an ID',
  defaultSeverity: 'error',
  // Every dialect: only items with an ID are compared, so queue entries and ID-less boxes give it nothing to report.
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    const {fixPlan, findings} = context
    if (fixPlan) {
      const items = fixPlan.items.flatMap((item) => (item.id === null ? [] : [{id: item.id, line: item.line, column: columnOf(fixPlan.doc, item.line, itemLabel(item, fixPlan.dialect))}]))
      appendAll(reports, duplicates(fixPlan.doc, items, (id) => `fix-plan item [${id}]`))
    }
    for (const plan of context.plans) {
      const rows = plan.rows.filter((row) => row.id !== undefined).map((row) => ({id: row.id!, line: row.line, column: rowIdColumn(plan, row)}))
      appendAll(reports, duplicates(plan.doc, rows, (id) => `row ID ${id}`))
    }
    if (findings) {
      // A table row and a `## ID - Title` section with the same ID are one finding's summary and detail.
      for (const source of ['table', 'heading'] as const) {
        const found = findings.findings
          .filter((finding) => finding.source === source)
          .map((finding) => ({id: finding.id, line: finding.line, column: columnOf(findings.doc, finding.line, finding.id)}))
        appendAll(reports, duplicates(findings.doc, found, (id) => `finding ID ${id}`))
      }
    }
    return reports
  },
}

/** Every occurrence after the first, naming the first one's line. */
function duplicates(doc: LedgerDocument, entries: Identified[], what: (id: string) => string): RuleReport[] {
  const first = new Map<string, number>()
  const reports: RuleReport[] = []
  for (const entry of entries) {
    const firstLine = first.get(entry.id)
    if (firstLine === undefined) {
      first.set(entry.id, entry.line)
      continue
    }
    reports.push({
      path: doc.path,
      line: entry.line,
      column: entry.column,
      message: `Duplicate ${what(entry.id)}, first at line ${firstLine}`,
      hint: 'give one of them a new ID, or merge them',
    })
  }
  return reports
}

function rowIdColumn(plan: PlanLedger, row: PlanRow): number {
  const idColumn = row.table === undefined ? undefined : plan.tables[row.table]?.columns.id
  const cell = idColumn === undefined ? undefined : row.cells[idColumn]
  if (cell) return columnAt(plan.doc, row.line, cell.contentStart)
  const from = row.textSpan ? columnAt(plan.doc, row.line, row.textSpan.start) : 1
  return columnOf(plan.doc, row.line, row.id ?? '', from)
}
