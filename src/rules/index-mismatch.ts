import {comparableStatus} from '../ledger/fix-plan/status-word.js'
import {itemLabel} from '../ledger/item-label.js'
import {differingIndexState} from '../ledger/fix-plan/index-state.js'
import {stateVocabularyOf, type StateVocabulary} from '../ledger/plan/state-marker.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger, IndexEntry, Span} from '../ledger/model.js'
import {firstById} from './support/first-by-id.js'
import {columnAt, columnOf} from './support/text-position.js'
import type {Rule, RuleReport} from './rule.js'
import {WITH_INDEX} from './support/dialect-scopes.js'

/**
 * The fix plan's index out of step with its items: a differing status or priority, or a missing entry
 * or item. The index is what the reader took as one: a table or list whose IDs mostly name items
 * (FORMATS.md §4); a table ledger's rows are its items, not an index of them.
 */
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
    const own = fixPlan.dialect === 'bracketed-headings'
    const vocabulary = own ? undefined : stateVocabularyOf(context.config.states)
    const indexed = new Set<string>()
    for (const entry of fixPlan.index) {
      indexed.add(entry.id)
      const item = items.get(entry.id)
      if (!item) {
        reports.push({
          path: fixPlan.doc.path,
          line: entry.line,
          column: columnOf(fixPlan.doc, entry.line, entry.id),
          message: `Index entry ${entry.id} has no ${own ? `[${entry.id}]` : entry.id} item in this file`,
          hint: 'remove the index entry, or fix the ID',
        })
        continue
      }
      // This format's Status field is compared word for word; other dialects write a status their own way, so by state.
      if (own) reports.push(...fieldMismatch(fixPlan, entry, item, 'Status', entry.status, entry.statusSpan))
      else reports.push(...stateMismatch(fixPlan, entry, item, vocabulary!))
      reports.push(...fieldMismatch(fixPlan, entry, item, 'Priority', entry.priority, entry.prioritySpan))
    }
    reports.push(...unindexedItems(fixPlan, items, indexed))
    return reports
  },
}

/**
 * Items the index leaves out. This format's index lists every item; other teams' summary tables may
 * list a selection, so there a missing item is only a warning, and only when the table lists most items.
 */
function unindexedItems(fixPlan: FixPlanLedger, items: Map<string, FixPlanItem>, indexed: Set<string>): RuleReport[] {
  const own = fixPlan.dialect === 'bracketed-headings'
  const missing = [...items.values()].filter((item) => item.id !== null && !indexed.has(item.id))
  if (!own && missing.length * 2 >= items.size) return []
  return missing.map((item) => ({
    ...(!own && {severity: 'warning' as const}),
    path: fixPlan.doc.path,
    line: item.line,
    column: columnOf(fixPlan.doc, item.line, itemLabel(item, fixPlan.dialect)),
    message: `Item ${itemLabel(item, fixPlan.dialect)} is missing from the index`,
    hint: 'add an index entry for it',
  }))
}

/** The index's status cell and the item's own status (heading marker, Status line, box) reading as different states. */
function stateMismatch(fixPlan: FixPlanLedger, entry: IndexEntry, item: FixPlanItem, vocabulary: StateVocabulary): RuleReport[] {
  // An item whose status is the index's own cell cannot disagree with it.
  if (entry.status === undefined || item.status === null || item.statusSource === 'index') return []
  const indexState = differingIndexState(entry.status, item, vocabulary)
  if (indexState === undefined) return []
  return [
    {
      path: fixPlan.doc.path,
      line: entry.line,
      column: entry.statusSpan ? columnAt(fixPlan.doc, entry.line, entry.statusSpan.start) : 1,
      message: `Index status \`${shown(entry.status)}\` (${indexState}) of ${entry.id} differs from the item's status \`${shown(item.status)}\` (${item.state}, line ${item.line})`,
      hint: 'make them agree',
    },
  ]
}

function fieldMismatch(fixPlan: FixPlanLedger, entry: IndexEntry, item: FixPlanItem, key: string, indexValue: string | undefined, span: Span | undefined): RuleReport[] {
  const field = findField(item, key)
  if (indexValue === undefined || !field || comparableStatus(indexValue) === comparableStatus(field.value)) return []
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


function shown(value: string): string {
  const plain = value.replace(/`/g, '').trim()
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain
}
