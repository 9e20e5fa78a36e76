import {UserError} from '../errors.js'
import type {LedgerDocument} from '../ledger/document.js'
import {readFieldBlock} from '../ledger/fix-plan/field-entries.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem} from '../ledger/model.js'
import type {FieldAssignment} from './field-assignment.js'

/**
 * `set` writes one line: on a field with lines under its key it could only replace the first and
 * leave the rest saying something else, so it refuses and points to `planledger field`, unless
 * the value is already the one given (nothing would change).
 */
export function refuseMultiLineFields(doc: LedgerDocument, item: FixPlanItem, assignments: readonly FieldAssignment[]): void {
  for (const assignment of assignments) {
    const field = findField(item, assignment.key)
    if (!field || field.value === assignment.value) continue
    const block = readFieldBlock(doc, field)
    if (!block.body) continue
    const below = block.body.last - block.body.first + 1
    const name = item.id ?? `@${item.line}`
    throw new UserError(`\`${field.key}\` of ${name} (line ${field.line}) has ${below} line${below === 1 ? '' : 's'} under it; set writes only one line`, {
      path: doc.path,
      line: field.line,
      hint: `use planledger field ${name} "${field.key}" --set TEXT (or --add, --done N) to edit the whole block`,
    })
  }
}
