import type {NextResult} from '../app/next.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {planRowHeadline} from './plan-row-text.js'

/** `C3 [P] partial — Validate ...` then where it is; or that nothing is left. */
export function renderNext(result: NextResult): string {
  const plan = escapeUntrusted(result.plan)
  if (result.row === null) return `all rows done in ${plan}`
  const {row} = result
  const context = [row.phase === null ? '' : `phase ${row.phase}`, result.item === null ? '' : `working plan of [${result.item}]`]
    .filter((part) => part !== '')
    .join(', ')
  const where = `  ${plan}:${row.line}${context ? ` (${escapeUntrusted(context)})` : ''}`
  return `${planRowHeadline(row)}\n${where}`
}
