import {UserError} from '../errors.js'
import {shownInput} from '../shown-input.js'
import type {Finding, FindingsLedger, FixPlanItem, FixPlanLedger, PlanLedger, PlanRow} from './model.js'
import {itemNames, itemsNamed} from './fix-plan/find-item.js'
import {didYouMean, suggestClosest} from './suggest.js'

/** The ledgers an ID is looked up in; any may be missing. */
export interface QueryLedgers {
  fixPlan?: FixPlanLedger
  plans: readonly PlanLedger[]
  findings?: FindingsLedger
}

export type LedgerHit =
  | {kind: 'fix-plan-item'; id: string; path: string; line: number; item: FixPlanItem; ledger: FixPlanLedger}
  | {kind: 'plan-row'; id: string; path: string; line: number; row: PlanRow; ledger: PlanLedger}
  | {kind: 'finding'; id: string; path: string; line: number; finding: Finding; ledger: FindingsLedger}

/** Every addressable entry in file order: fix-plan items, plan rows with an ID, findings. */
export function listLedgerIds(ledgers: QueryLedgers): LedgerHit[] {
  const hits: LedgerHit[] = []
  const {fixPlan, findings} = ledgers
  if (fixPlan) {
    for (const item of fixPlan.items) {
      // Items without an ID are named by title or @LINE (findById falls back to those).
      if (item.id === null) continue
      hits.push({kind: 'fix-plan-item', id: item.id, path: fixPlan.doc.path, line: item.line, item, ledger: fixPlan})
    }
  }
  for (const plan of ledgers.plans) {
    for (const row of plan.rows) {
      if (row.id !== undefined) hits.push({kind: 'plan-row', id: row.id, path: plan.doc.path, line: row.line, row, ledger: plan})
    }
  }
  if (findings) {
    for (const finding of findings.findings) {
      hits.push({kind: 'finding', id: finding.id, path: findings.doc.path, line: finding.line, finding, ledger: findings})
    }
  }
  return hits
}

/**
 * The one entry called `id`: exact case first, then any case; else a fix-plan item by title or
 * `@LINE`. Unknown → did-you-mean; present in several files → ambiguous (within one file the first
 * occurrence wins). Both exit 2.
 */
export function findById(ledgers: QueryLedgers, id: string): LedgerHit {
  const all = listLedgerIds(ledgers)
  let hits = all.filter((hit) => hit.id === id)
  if (hits.length === 0) hits = all.filter((hit) => hit.id.toLowerCase() === id.toLowerCase())
  const {fixPlan} = ledgers
  if (hits.length === 0 && fixPlan) {
    const item = itemsNamed(fixPlan.items, id)[0]
    if (item) return {kind: 'fix-plan-item', id: item.id ?? item.title, path: fixPlan.doc.path, line: item.line, item, ledger: fixPlan}
  }
  if (hits.length === 0) {
    const names = [...all.map((hit) => hit.id), ...(fixPlan ? itemNames(fixPlan.items) : [])]
    throw new UserError(`Unknown ID \`${shownInput(id)}\``, {hint: didYouMean(suggestClosest(id, names))})
  }
  const firstPerFile = hits.filter((hit, index) => hits.findIndex((other) => other.path === hit.path) === index)
  if (firstPerFile.length > 1) {
    const places = firstPerFile.map((hit) => `${hit.path}:${hit.line}`).join(', ')
    throw new UserError(`ID \`${shownInput(id)}\` is ambiguous: found in ${places}`, {hint: 'narrow with --file'})
  }
  return firstPerFile[0]
}
