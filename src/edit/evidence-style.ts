import type {PlanLedger} from '../ledger/model.js'
import {LINE_BREAKS} from './one-line-value.js'

export interface Evidence {
  date: string
  note?: string
  /** Repository-relative paths. */
  artifacts: readonly string[]
}

/** How a file records completion in a guidance cell. */
export type EvidenceStyle = 'check-date' | 'complete-bold'

const STYLE_PATTERNS: Array<[EvidenceStyle, RegExp]> = [
  ['complete-bold', /\*\*COMPLETE \d{4}-\d{2}-\d{2}:\*\*/],
  ['check-date', /✅ \d{4}-\d{2}-\d{2} —/],
]

/** The style most used in the file's guidance cells; `check-date` when none is evident. */
export function evidenceStyleOf(plan: PlanLedger): EvidenceStyle {
  const counts = new Map<EvidenceStyle, number>()
  for (const row of plan.rows) {
    const text = row.kind === 'table' ? row.cells.map((cell) => cell.text).join(' ') : (row.text ?? '')
    for (const [style, pattern] of STYLE_PATTERNS) if (pattern.test(text)) counts.set(style, (counts.get(style) ?? 0) + 1)
  }
  const complete = counts.get('complete-bold') ?? 0
  return complete > (counts.get('check-date') ?? 0) ? 'complete-bold' : 'check-date'
}

/**
 * `✅ 2025-10-19 — Runtime profile complete. Artifacts: `a`, `b`.` or
 * `**COMPLETE 2025-10-19:** ... Artifacts: ...`. Empty when there is nothing to record. `completes`
 * false (reopening a row) leaves the ✅ / COMPLETE and date out: those claim the work is done.
 */
export function formatEvidence(style: EvidenceStyle, evidence: Evidence, completes = true): string {
  const parts: string[] = []
  if (evidence.note) parts.push(sentence(evidence.note))
  if (evidence.artifacts.length > 0) parts.push(`Artifacts: ${evidence.artifacts.map((path) => '`' + path + '`').join(', ')}.`)
  if (parts.length === 0) return ''
  const body = parts.join(' ')
  if (!completes) return body
  return style === 'complete-bold' ? `**COMPLETE ${evidence.date}:** ${body}` : `✅ ${evidence.date} — ${body}`
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + '.'
}

/** A table cell cannot hold a line break or a bare pipe: line breaks (any of LINE_BREAKS) become `<br>`, pipes are escaped. */
export function asTableCellText(text: string): string {
  return text.replace(LINE_BREAKS, '<br>').replace(/(?<!\\)\|/g, '\\|')
}
