import {resolve} from 'node:path'
import {itemLabel} from '../ledger/item-label.js'
import type {FixPlanLedger, PlanLedger, PlanRow} from '../ledger/model.js'
import {stateVocabularyOf, type StateVocabulary} from '../ledger/plan/state-marker.js'
import type {ScanResult} from '../ledger/scan.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {scanOf} from './support/checked-files.js'
import {closedStatusOf} from './support/item-status.js'
import {completionMarkOf} from './support/phase-completion.js'
import {isOpen, rowName} from './support/row-evidence.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {plansNamedBy} from './support/plan-fields.js'
import {workingPlanBases} from './support/working-plan.js'
import {WITH_FIELDS} from './support/dialect-scopes.js'

/** A phase heading or a fix-plan item that says "done" while its rows are still open. */
export const phaseStatus: Rule = {
  id: 'phase-status',
  description: 'A phase marked complete, or a done item\'s Working Plan, still has open or partial rows',
  defaultSeverity: 'warning',
  dialects: WITH_FIELDS,
  check(context) {
    const reports: RuleReport[] = []
    const vocabulary = stateVocabularyOf(context.config.states)
    for (const plan of context.plans) appendAll(reports, completePhaseReports(plan, scanOf(context, plan.doc), vocabulary))
    if (context.fixPlan) appendAll(reports, doneItemReports(context, context.fixPlan))
    return reports
  },
}

function completePhaseReports(plan: PlanLedger, scan: ScanResult, vocabulary: StateVocabulary): RuleReport[] {
  const reports: RuleReport[] = []
  for (const phase of plan.phases) {
    const mark = completionMarkOf(phase, vocabulary)
    if (mark === undefined) continue
    // A phase runs to the next heading of its level or higher, sub-phases included.
    const next = scan.headings.find((heading) => heading.line + 1 > phase.line && heading.level <= phase.level)
    const end = next ? next.line + 1 : Infinity
    const open = plan.rows.filter((row) => row.line > phase.line && row.line < end && isOpen(row))
    if (open.length === 0) continue
    const name = phase.id === undefined ? `\`${phase.title}\`` : `Phase \`${phase.id}\``
    reports.push({
      path: plan.doc.path,
      line: phase.line,
      message: `${name} is marked \`${mark}\` but has ${openRows(open)}`,
      hint: 'finish or re-open those rows, or take the mark off the heading',
    })
  }
  return reports
}

function doneItemReports(context: RuleContext, fixPlan: FixPlanLedger): RuleReport[] {
  const plans = new Map(context.plans.map((plan) => [resolve(context.cwd, plan.doc.path), plan]))
  // Working Plan paths resolve from the root or from the fix plan's folder, as broken-link reads them.
  const bases = workingPlanBases(context, fixPlan)
  const reports: RuleReport[] = []
  for (const item of fixPlan.items) {
    const status = closedStatusOf(item)
    if (!status) continue
    for (const workingPlan of plansNamedBy(context, item)) {
      const file = workingPlan.file
      if (file === undefined) continue
      const plan = bases.map((base) => plans.get(resolve(context.root, base, file))).find((found) => found !== undefined)
      const open = plan?.rows.filter(isOpen) ?? []
      if (open.length === 0) continue
      reports.push({
        path: fixPlan.doc.path,
        ...positionOf(fixPlan.doc, status.valueSpan.start),
        message: `\`${itemLabel(item, fixPlan.dialect)}\` has Status \`${status.value}\` but its Working Plan \`${workingPlan.path}\` has ${openRows(open)}`,
        hint: 'tick the finished rows, or set the Status back',
      })
    }
  }
  return reports
}

/** `2 open rows (`D1.A`, `D1.B`)`, at most five named. */
function openRows(rows: PlanRow[]): string {
  const named = rows.slice(0, 5).map(rowName).join(', ')
  const more = rows.length > 5 ? `, … ${rows.length - 5} more` : ''
  return `${rows.length} open row${rows.length === 1 ? '' : 's'} (${named}${more})`
}
