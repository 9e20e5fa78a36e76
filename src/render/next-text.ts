import type {NextItemView, NextResult} from '../app/next.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {planRowHeadline} from './plan-row-text.js'

/** `C3 [P] partial — Validate ...` then where it is; the next fix-plan item; or that nothing is left; then a note per item passed over. */
export function renderNext(result: NextResult): string {
  const notes = result.skipped.map((skipped) => escapeUntrusted(`note: ${skipped.label} is in_progress but has no working plan; passed over`))
  return [...headline(result), ...notes].join('\n')
}

function headline(result: NextResult): string[] {
  if (result.fixPlanItem) return itemHeadline(result.fixPlanItem)
  if (result.itemStates) {
    const counts = Object.entries(result.itemStates).map(([state, count]) => `${count} ${state}`)
    return [`no open items in the fix plan (${counts.join(', ')})`]
  }
  const plan = escapeUntrusted(result.plan ?? '')
  if (result.row === null) return [result.rowCount === 0 ? `no rows in ${plan}` : noOpenRows(plan, result.rowStates ?? {})]
  const {row} = result
  const context = [row.phase === null ? '' : `phase ${row.phase}`, result.item === null ? '' : `working plan of [${result.item}]`]
    .filter((part) => part !== '')
    .join(', ')
  const where = `  ${plan}:${row.line}${context ? ` (${escapeUntrusted(context)})` : ''}`
  return [planRowHeadline(row), where]
}

function itemHeadline(item: NextItemView): string[] {
  const name = item.id === null ? item.title : `${item.id} — ${item.title}`
  const status = item.status === null ? item.state : `${item.state} (${item.status.trim() === '' ? 'empty' : item.status})`
  return [`${escapeUntrusted(name)}  ${escapeUntrusted(status)}`, `  ${escapeUntrusted(item.path)}:${item.line} (next fix-plan item: no working plan)`]
}

/** `all rows done in P` when they are; else what the rows that are not open are (`no open rows in P (5 done, 2 skipped)`). */
function noOpenRows(plan: string, states: Partial<Record<string, number>>): string {
  const entries = Object.entries(states)
  if (entries.length <= 1 && (entries.length === 0 || entries[0][0] === 'done')) return `all rows done in ${plan}`
  return `no open rows in ${plan} (${entries.map(([state, count]) => `${count} ${state}`).join(', ')})`
}
