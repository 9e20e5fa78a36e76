import {UserError} from '../../errors.js'
import {shownInput} from '../../shown-input.js'
import type {PlanLedger, PlanRow} from '../model.js'

/**
 * The one row with that ID. An ID two rows carry is refused naming their lines: editing the first
 * copy would leave the reader guessing which one changed.
 */
export function planRowById(plan: PlanLedger, id: string): PlanRow {
  const rows = plan.rows.filter((candidate) => candidate.id === id)
  if (rows.length === 1) return rows[0]
  if (rows.length === 0) throw new UserError(`Unknown row \`${shownInput(id)}\` in ${plan.doc.path}`)
  const lines = rows.map((row) => row.line)
  throw new UserError(`Row ID \`${shownInput(id)}\` is ambiguous: rows at lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)} of ${plan.doc.path}`, {
    path: plan.doc.path,
    hint: 'give each row its own ID (planledger check reports duplicate-id), then run the command again',
  })
}
