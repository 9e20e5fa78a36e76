import type {LedgerDocument} from '../document.js'
import type {LedgerWarning, PlanLedger, PlanRow, PlanTable} from '../model.js'
import {checklistRowOf} from './plan-checklist.js'
import {readPhases} from './plan-phases.js'
import {planTableOf, readPlanTableRows} from './plan-table.js'
import {scanDocument, type ScanResult} from '../scan.js'
import {BUILT_IN_VOCABULARY} from './state-marker.js'
import {appendAll} from '../unbounded-arrays.js'

/**
 * Reads an implementation plan: phases, task-table rows and checklist items, in document order.
 * Never throws; what it cannot interpret becomes a positioned warning. `vocabulary`: the project's
 * state markers (built-in ones plus those .planledger.json adds).
 */
export function readPlan(doc: LedgerDocument, scan: ScanResult = scanDocument(doc), vocabulary = BUILT_IN_VOCABULARY): PlanLedger {
  const warnings: LedgerWarning[] = scan.warnings.map((warning) => ({path: doc.path, line: warning.line + 1, message: warning.message}))
  const {phases, phaseAtLine} = readPhases(doc, scan)
  const tables: PlanTable[] = []
  const rows: PlanRow[] = []
  for (const block of scan.tables) {
    const table = planTableOf(block)
    if (!table) continue
    appendAll(rows, readPlanTableRows(doc, block, table, tables.length, warnings, vocabulary))
    tables.push(table)
  }
  // Indexed: a plan has thousands of list items, and an array iterator allocates a result for each.
  for (let index = 0; index < scan.listItems.length; index++) {
    const row = checklistRowOf(doc, scan.listItems[index], scan.kinds, warnings, vocabulary)
    if (row) rows.push(row)
  }
  rows.sort((a, b) => a.line - b.line)
  for (const row of rows) {
    const phase = phaseAtLine[row.line - 1]
    if (!phase) continue
    row.phase = phase.id ?? phase.title
    phase.rows.push(row)
  }
  warnings.sort((a, b) => a.line - b.line)
  return {doc, phases, rows, tables, warnings}
}
