import type {PlanLedger, PlanRow} from '../ledger/model.js'
import {columnAt} from './support/text-position.js'
import type {Rule, RuleReport} from './rule.js'
import {CONFIGURABLE_STATES, stateVocabularyOf} from '../ledger/plan/state-marker.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/**
 * A state cell or checkbox whose marker is not in the vocabulary (built-in markers plus config
 * `states`): plans are read with the project's vocabulary, so such a row's state is 'unknown'.
 */
export const unknownState: Rule = {
  id: 'unknown-state',
  description: 'A plan state cell or checkbox marker outside the state vocabulary',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    let expected: string | undefined
    for (const plan of context.plans) {
      for (const row of plan.rows) {
        const state = row.state
        if (!state || state.state !== 'unknown') continue
        expected ??= stateVocabularyOf(context.config.states).expected
        reports.push({
          path: plan.doc.path,
          line: row.line,
          column: columnAt(plan.doc, row.line, state.span.start),
          message: `Unexpected \`[${state.marker}]\` in ${where(plan, row)}, expected one of ${expected}`,
          // The state it means is the team's call (a deliberate skip is not done): the hint names them all.
          hint: `use a known marker, or add it to "states" in .planledger.json under the state it means (${CONFIGURABLE_STATES.join(', ')}), e.g. {"done": ["${state.marker}"]}`,
        })
      }
    }
    return reports
  },
}

/** `State cell of D1.B`, `checkbox of A1`, or `checkbox` for an item without an ID. */
function where(plan: PlanLedger, row: PlanRow): string {
  if (row.kind === 'checklist') return row.id ? `checkbox of ${row.id}` : 'checkbox'
  const stateColumn = row.table === undefined ? undefined : plan.tables[row.table]?.columns.state
  const header = stateColumn === undefined ? 'State' : plan.tables[row.table!].headers[stateColumn]
  return `${header} cell of ${row.id}`
}
