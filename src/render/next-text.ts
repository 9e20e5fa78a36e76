import type {NextResult} from '../app/next.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {planRowHeadline} from './plan-row-text.js'

/** `C3 [P] partial — Validate ...` then where it is; or that nothing is left; then a note per item passed over. */
export function renderNext(result: NextResult): string {
  return [...headline(result), ...result.skipped.map((skipped) => escapeUntrusted(`note: [${skipped.item}] is in_progress but has no working plan; passed over`))].join('\n')
}

function headline(result: NextResult): string[] {
  const plan = escapeUntrusted(result.plan)
  if (result.row === null) return [result.rowCount === 0 ? `no rows in ${plan}` : `all rows done in ${plan}`]
  const {row} = result
  const context = [row.phase === null ? '' : `phase ${row.phase}`, result.item === null ? '' : `working plan of [${result.item}]`]
    .filter((part) => part !== '')
    .join(', ')
  const where = `  ${plan}:${row.line}${context ? ` (${escapeUntrusted(context)})` : ''}`
  return [planRowHeadline(row), where]
}
