import type {NextResult} from '../app/next.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {planRowHeadline} from './plan-row-text.js'

/** `C3 [P] partial — Validate ...` then where it is; the next fix-plan item; or that nothing is left. */
export function renderNext(result: NextResult): string {
  if (result.fixPlanItem) {
    const item = result.fixPlanItem
    const name = item.id === null ? item.title : `${item.id} — ${item.title}`
    const status = item.status === null ? item.state : `${item.state} (${item.status.trim() === '' ? 'empty' : item.status})`
    return `${escapeUntrusted(name)}  ${escapeUntrusted(status)}\n  ${escapeUntrusted(item.path)}:${item.line} (next fix-plan item: no working plan)`
  }
  const plan = escapeUntrusted(result.plan ?? '')
  if (result.row === null) return `all rows done in ${plan}`
  const {row} = result
  const context = [row.phase === null ? '' : `phase ${row.phase}`, result.item === null ? '' : `working plan of [${result.item}]`]
    .filter((part) => part !== '')
    .join(', ')
  const where = `  ${plan}:${row.line}${context ? ` (${escapeUntrusted(context)})` : ''}`
  return `${planRowHeadline(row)}\n${where}`
}
