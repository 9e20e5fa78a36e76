import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'

// Sections that hold finished or archived items: a new item goes before them, not among them.
const CLOSED_SECTION = /\b(?:complete[d]?|done|archived?|resolved|closed|finished)\b/i

/** The item a new one follows when no `--after` is given: the last item outside a completed/archive section (else the last item). */
export function lastActiveItem(ledger: FixPlanLedger, kinds: readonly string[]): FixPlanItem | undefined {
  const items = ledger.items.filter((item) => kinds.includes(item.kind))
  const active = items.filter((item) => item.section === undefined || !CLOSED_SECTION.test(item.section))
  return active.at(-1) ?? items.at(-1)
}
