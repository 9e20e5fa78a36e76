import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import type {Heading} from '../ledger/scan.js'

// Sections that hold finished or archived items: a new item goes before them, not among them.
const CLOSED_SECTION = /\b(?:complete[d]?|done|archived?|resolved|closed|finished|завершен\p{L}*)\b/iu

/**
 * The item a new one follows when no `--after` is given: the last item whose group heading (the
 * nearest heading above it that is not an item, at the item's level or higher) is not a
 * completed/archive section; else the last item.
 */
export function lastActiveItem(ledger: FixPlanLedger, kinds: readonly string[], headings: readonly Heading[]): FixPlanItem | undefined {
  const items = ledger.items.filter((item) => kinds.includes(item.kind))
  const itemLines = new Set(ledger.items.filter((item) => item.kind === 'heading').map((item) => item.line - 1))
  const groups = headings.filter((heading) => !itemLines.has(heading.line))
  const groupOf = (item: FixPlanItem) => groups.filter((heading) => heading.line < item.line - 1 && (item.level === 0 || heading.level <= item.level)).at(-1)?.text
  const active = items.filter((item) => !CLOSED_SECTION.test(groupOf(item) ?? ''))
  return active.at(-1) ?? items.at(-1)
}
