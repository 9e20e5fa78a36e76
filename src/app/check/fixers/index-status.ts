import {indexStatusFromItem} from '../../../edit/index-status-from-item.js'
import {findField} from '../../../ledger/fix-plan/item-fields.js'
import {firstById} from '../../../rules/support/first-by-id.js'
import type {Fixer} from './fixer.js'

/** `index-mismatch` on a status: the index entry is rewritten to say what the item says (the item is the record). */
export const indexStatusFixer: Fixer = {
  ruleId: 'index-mismatch',
  fix(fixPlan, problem, {vocabulary}) {
    const entry = fixPlan.index.find((candidate) => candidate.line === problem.line)
    const item = entry && firstById(fixPlan.items).get(entry.id)
    // The entry may be the item's own row (a table ledger): then there is nothing to copy from.
    if (!entry || !item || item.line === entry.line) return undefined
    const fix = indexStatusFromItem(fixPlan, entry, item, vocabulary)
    if (!fix) return undefined
    return {edits: [fix.edit], line: fix.line, description: `index status of ${entry.id} \`${fix.from}\` → \`${fix.to}\`, as its item says (line ${findField(item, 'Status')?.line ?? item.line})`}
  },
}
