import type {PlanRowView} from '../app/plan-row-view.js'
import {escapeUntrusted} from './escape-untrusted.js'

/** `D1.A [ ] open — Aggregate runtime evidence` */
export function planRowHeadline(row: PlanRowView): string {
  const state = row.state === null ? '(no state)' : `[${row.marker ?? ''}] ${row.state}`
  const text = row.text === null ? '' : ` — ${row.text}`
  return escapeUntrusted(`${row.id ?? '(no ID)'} ${state}${text}`)
}

/** Headline with location, then the phase and every cell by header. */
export function renderPlanRow(row: PlanRowView): string {
  const lines = [`${escapeUntrusted(row.path)}:${row.line}: ${planRowHeadline(row)}`]
  if (row.phase !== null) lines.push(`  phase: ${escapeUntrusted(row.phase)}`)
  for (const [header, text] of Object.entries(row.cells)) lines.push(`  ${escapeUntrusted(header)}: ${escapeUntrusted(text)}`)
  return lines.join('\n')
}
