import type {AttemptView, FindingView, FixPlanHistoryView, FixPlanItemView, ShowResult} from '../app/show.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {renderPlanRow} from './plan-row-text.js'

export function renderShow(result: ShowResult): string {
  if (result.kind === 'plan-row') return renderPlanRow(result)
  if (result.kind === 'finding') return renderFinding(result)
  if (result.kind === 'fix-plan-history') return renderFileHistory(result)
  return renderFixPlanItem(result)
}

function renderFixPlanItem(item: FixPlanItemView): string {
  const bracketed = item.dialect === 'bracketed-headings'
  const name = item.id === null ? '' : bracketed ? `[${item.id}] ` : `${item.id} `
  const lines = [`${item.path}:${item.line}: ${name}${item.title}`]
  // `## [ID]` items show their Status field below; other dialects' state comes from a box, marker or cell.
  if (!bracketed) lines.push(`  state: ${item.state}${item.status === null ? '' : ` (${item.status})`}`)
  for (const field of item.fields) lines.push(...fieldLines(field))
  lines.push(`attempts (${item.attempts.length}):`)
  for (const attempt of item.attempts) lines.push(`  ${attemptLine(attempt)}`)
  return escapeUntrusted(lines.join('\n'))
}

/** `  Key: value`, the body's further lines indented under it. */
function fieldLines(field: FixPlanItemView['fields'][number]): string[] {
  const [first, ...rest] = field.value === '' && field.body !== '' ? ['', ...field.body.split('\n')] : field.body.split('\n')
  return [`  ${field.key}:${first === '' ? '' : ` ${first}`}`, ...rest.map((line) => (line === '' ? '' : `    ${line}`))]
}

function renderFileHistory(history: FixPlanHistoryView): string {
  if (history.line === null) return escapeUntrusted(`no file-level Attempts History in ${history.path}`)
  const lines = [`${history.path}:${history.line}: Attempts History`, `attempts (${history.attempts.length}):`]
  for (const attempt of history.attempts) lines.push(`  ${attemptLine(attempt)}`)
  return escapeUntrusted(lines.join('\n'))
}

/** `#7 [2025-10-19] (label) text (line 28)` with absent parts left out. */
function attemptLine(attempt: AttemptView): string {
  const parts = [
    attempt.number === null ? '' : `#${attempt.number}`,
    attempt.date === null ? '' : `[${attempt.date}]`,
    attempt.label === null ? '' : `(${attempt.label})`,
    // A heading entry's label is often its whole text (`### <time> — label`): once is enough.
    attempt.text === attempt.label ? '' : attempt.text,
    `(line ${attempt.line})`,
  ]
  return parts.filter((part) => part !== '').join(' ')
}

function renderFinding(finding: FindingView): string {
  const lines = [`${finding.path}:${finding.line}: ${finding.id}`]
  for (const [column, text] of Object.entries(finding.columns)) lines.push(`  ${column}: ${text}`)
  return escapeUntrusted(lines.join('\n'))
}
