import {leadingStatusWord} from '../ledger/fix-plan/status-word.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger, IndexEntry, Span} from '../ledger/model.js'
import {trimCharacters} from '../ledger/trim-characters.js'
import {firstById} from './support/first-by-id.js'
import {columnAt, columnOf} from './support/text-position.js'
import type {Rule, RuleReport} from './rule.js'
import {WITH_INDEX} from './support/dialect-scopes.js'

/** The fix plan's index out of step with its items: a differing status or priority, or a missing entry or item. */
export const indexMismatch: Rule = {
  id: 'index-mismatch',
  description: "The fix plan's index disagrees with its items (status, priority, missing entry or item)",
  defaultSeverity: 'error',
  dialects: WITH_INDEX,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan || fixPlan.index.length === 0) return []
    const reports: RuleReport[] = []
    const items = firstById(fixPlan.items)
    const indexed = new Set<string>()
    for (const entry of fixPlan.index) {
      indexed.add(entry.id)
      const item = items.get(entry.id)
      if (!item) {
        reports.push({
          path: fixPlan.doc.path,
          line: entry.line,
          column: columnOf(fixPlan.doc, entry.line, entry.id),
          message: `Index entry ${entry.id} has no [${entry.id}] item in this file`,
          hint: 'remove the index entry, or fix the ID',
        })
        continue
      }
      reports.push(...fieldMismatch(fixPlan, entry, item, 'Status', entry.status, entry.statusSpan))
      reports.push(...fieldMismatch(fixPlan, entry, item, 'Priority', entry.priority, entry.prioritySpan))
    }
    for (const item of items.values()) {
      if (item.id === null || indexed.has(item.id)) continue
      reports.push({
        path: fixPlan.doc.path,
        line: item.line,
        column: columnOf(fixPlan.doc, item.line, `[${item.id}]`),
        message: `Item [${item.id}] is missing from the index`,
        hint: 'add an index entry for it',
      })
    }
    return reports
  },
}

function fieldMismatch(fixPlan: FixPlanLedger, entry: IndexEntry, item: FixPlanItem, key: string, indexValue: string | undefined, span: Span | undefined): RuleReport[] {
  const field = findField(item, key)
  if (indexValue === undefined || !field || comparable(indexValue) === comparable(field.value)) return []
  return [
    {
      path: fixPlan.doc.path,
      line: entry.line,
      column: span ? columnAt(fixPlan.doc, entry.line, span.start) : 1,
      message: `Index ${key.toLowerCase()} \`${shown(indexValue)}\` of ${entry.id} differs from the item's ${key} \`${shown(field.value)}\` (line ${field.line})`,
      hint: `make them agree; \`planledger set ${entry.id} ${key}=…\` changes both`,
    },
  ]
}

/**
 * The form values are compared in: markup stripped, lowercased, the leading word only (`in_progress`,
 * `in-progress` alike), so `**Archived** 2026-11-29 — see …` equals `archived`.
 */
export function comparable(value: string): string {
  // Neither part of a link may hold a bracket (nor the target a parenthesis): otherwise a `[` without
  // its `](…)` rescans the rest of the value from every later `[`, quadratic on a long value.
  const plain = value.replace(/[`*]/g, '').replace(/\[([^[\]]*)\]\([^()[\]]*\)/g, '$1').trim().toLowerCase()
  // Lowercased before the word is taken, not after: `İ` and a final `Σ` lowercase differently alone.
  const word = leadingStatusWord(plain)
  return word !== undefined ? trimCharacters(word.replace(/-/g, '_'), '', '_') : plain
}

function shown(value: string): string {
  const plain = value.replace(/`/g, '').trim()
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain
}
