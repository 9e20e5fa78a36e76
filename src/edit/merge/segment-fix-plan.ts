import type {LedgerDocument} from '../../ledger/document.js'
import type {FixPlanReadOptions} from '../../ledger/dialects/reader-options.js'
import {attemptNumberOf} from '../../ledger/fix-plan/attempt-number.js'
import {readFixPlan} from '../../ledger/fix-plan/fix-plan.js'
import {headerBlock} from '../../ledger/fix-plan/header-block.js'
import type {AttemptEntry, FixPlanItem} from '../../ledger/model.js'
import {checklistIdOf} from '../../ledger/plan/row-id.js'
import {scanDocument} from '../../ledger/scan.js'
import {isLastUpdated} from '../header-fields.js'
import {rowTextKey} from './row-text-key.js'
import type {UnitRange} from './unit-tree.js'

/**
 * A fix plan's units: header lines (with the block under `**Active Focus:**`), index rows by ID,
 * items by ID (by title where the dialect has none), their fields by key, Attempts History
 * entries by first line, and checkbox tasks by ID or text. Any dialect the readers know.
 */
export function fixPlanUnits(doc: LedgerDocument, options: FixPlanReadOptions = {}): UnitRange[] {
  const scan = scanDocument(doc)
  const ledger = readFixPlan(doc, scan, options)
  const ranges: UnitRange[] = []
  for (const header of ledger.header) {
    const block = headerBlock(doc, header, ledger.header)
    const kind = isLastUpdated(header.key) ? 'last-updated' : 'header'
    ranges.push({kind, key: `header ${header.key.toLowerCase()}`, from: header.line - 1, to: (block?.last ?? header.line - 1) + 1})
  }
  for (const entry of ledger.index) ranges.push({kind: 'index-row', key: `index ${entry.id}`, from: entry.line - 1, to: entry.line})
  for (const item of ledger.items) ranges.push(...itemUnits(item))
  for (const entry of ledger.attempts?.entries ?? []) ranges.push(attemptUnit(entry))
  // Boxes outside items too (file-level checklists): one ticked while another is added is no conflict.
  const taken = new Set(ranges.filter((range) => range.kind === 'task' || range.kind === 'item').map((range) => range.from))
  for (const item of scan.listItems) {
    if (item.checkbox === undefined || taken.has(item.line)) continue
    ranges.push({kind: 'task', key: taskKey(item.text), from: item.line, to: item.line + 1})
  }
  return ranges
}

/** A checkbox line is known by its ID (`C1:`, `**T-300**`), else by its text. */
function taskKey(text: string): string {
  return `task ${checklistIdOf(text)?.id ?? rowTextKey(text)}`
}

function itemUnits(item: FixPlanItem): UnitRange[] {
  const ranges: UnitRange[] = [{kind: 'item', key: `item ${item.id ?? item.title}`, from: item.line - 1, to: item.endLine}]
  for (const field of item.fields) ranges.push({kind: 'field', key: `field ${field.key.toLowerCase()}`, from: field.line - 1, to: field.endLine})
  for (const entry of item.attempts?.entries ?? []) ranges.push(attemptUnit(entry))
  // Tasks of the item's own line (a checklist item's box) are the item; only the lines under it are tasks.
  for (const task of item.tasks) if (task.line !== item.line) ranges.push({kind: 'task', key: task.id ? `task ${task.id}` : taskKey(task.text), from: task.line - 1, to: task.line})
  return ranges
}

function attemptUnit(entry: AttemptEntry): UnitRange {
  const number = attemptNumberOf(entry)
  return {kind: 'attempt', key: ['attempt', entry.date, number === undefined ? undefined : `#${number}`, entry.text.slice(0, 60)].filter(Boolean).join(' '), from: entry.line - 1, to: entry.endLine, date: entry.date, number}
}
