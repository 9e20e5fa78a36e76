import {classifyBulletEntry, isPlaceholder} from './attempt-entry.js'
import {isAttemptsHistoryKey, readBulletRun} from './attempt-history.js'
import {textAfterMarker, warn, type LedgerLines} from './fix-plan-lines.js'
import type {AttemptEntry, Field} from '../model.js'

/**
 * Entries written after a field someone inserted below `- Attempts History:` (`- Latest Status: …`
 * with the entries nested under it) still belong to the history: a later history-less `attempt`
 * would otherwise restart at #1. Following fields are looked at in order: a one-line field is
 * passed over, a field whose nested bullets are all attempt entries gives them to the history
 * (with a warning), anything else ends the search.
 */
export function strandedEntries(lines: LedgerLines, history: Field, fields: readonly Field[]): AttemptEntry[] {
  const adopted: AttemptEntry[] = []
  for (const field of fields) {
    if (field.line <= history.line) continue
    if (isAttemptsHistoryKey(field.key)) break
    if (field.endLine === field.line) continue
    // Field lines are 1-based: `field.line` as a 0-based index is the line under the bullet.
    if (!nestsOnlyEntries(lines, field.line, field.endLine - 1)) break
    const run = readBulletRun(lines, field.line, field.endLine - 1, false)
    warn(lines, field.line - 1, `${run.entries.length} attempt entries under \`${field.key}:\` follow the Attempts History (line ${history.line}); read as part of it`)
    adopted.push(...run.entries)
  }
  return adopted
}

/** Every bullet at the shallowest indentation in `[from, to]` is a dated or numbered entry; at least one. */
function nestsOnlyEntries(lines: LedgerLines, from: number, to: number): boolean {
  let indent = Infinity
  for (let at = from; at <= to; at++) indent = Math.min(indent, lines.listItems[at]?.indent ?? Infinity)
  if (indent === Infinity) return false
  for (let at = from; at <= to; at++) {
    const item = lines.listItems[at]
    if (!item || item.indent !== indent) continue
    const {text} = textAfterMarker(lines, item)
    if (item.checkbox || isPlaceholder(text) || classifyBulletEntry(text).style === 'plain') return false
  }
  return true
}
