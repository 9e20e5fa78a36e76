import {isAttemptsHistoryKey} from '../ledger/fix-plan/attempt-history.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/fix-plan/working-plan-field.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {appendFields, replaceFieldValue} from './field-line.js'
import type {TextEdit} from './text-edit.js'

/** What happened to the item's working plan: pointed at the new plan, or left (it has one, or cannot hold fields). */
export type WorkingPlanUpdate =
  | {action: 'added' | 'filled'; key: string; value: string; line: number}
  | {action: 'kept'; key: string; value: string; line: number}
  | {action: 'not-a-heading-item'}

/**
 * Points an item that has no working plan at `planPath` (root-relative). The value is written the
 * way the file's other items write theirs (key, backticks or not); a `Working Plan:` field that
 * names no path (`—`, `TBD`) is filled in, else a field is added before the Attempts History
 * (after the last field when there is none). An item that already names a plan is left alone.
 */
export function planSetWorkingPlan(ledger: FixPlanLedger, item: FixPlanItem, planPath: string, aliases: readonly string[]): {edits: TextEdit[]; update: WorkingPlanUpdate} {
  const current = workingPlanField(item, aliases)
  if (current && current.paths.some(looksLikePath)) return {edits: [], update: {action: 'kept', key: current.field.key, value: current.field.value, line: current.field.line}}
  if (item.kind !== 'heading') return {edits: [], update: {action: 'not-a-heading-item'}}
  const style = houseStyle(ledger, aliases)
  const value = style.backticks ? `\`${planPath}\`` : planPath
  const blank = findField(item, WORKING_PLAN_KEY)
  if (blank) return {edits: [replaceFieldValue(ledger.doc, blank, value)], update: {action: 'filled', key: blank.key, value, line: blank.line}}
  const history = item.fields.findIndex((field) => isAttemptsHistoryKey(field.key))
  const before = history === -1 ? item.fields : item.fields.slice(0, history)
  const {edit, firstLine} = appendFields(ledger.doc, {...item, fields: before}, [{key: style.key, value}])
  return {edits: [edit], update: {action: 'added', key: style.key, value, line: firstLine}}
}

function looksLikePath(path: string): boolean {
  return /[\\/]|\.md\b/i.test(path)
}

/** The key and quoting most of the file's working plans use; `Working Plan` in backticks when none has one. */
function houseStyle(ledger: FixPlanLedger, aliases: readonly string[]): {key: string; backticks: boolean} {
  const fields = ledger.items.flatMap((item) => {
    const found = workingPlanField(item, aliases)
    return found && found.paths.some(looksLikePath) ? [found.field] : []
  })
  if (fields.length === 0) return {key: WORKING_PLAN_KEY, backticks: true}
  const keys = new Map<string, number>()
  for (const field of fields) keys.set(field.key, (keys.get(field.key) ?? 0) + 1)
  const key = [...keys].sort((a, b) => b[1] - a[1])[0][0]
  const backticked = fields.filter((field) => field.value.trimStart().startsWith('`')).length
  return {key, backticks: backticked * 2 >= fields.length}
}
