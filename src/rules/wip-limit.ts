import {itemLabel} from '../ledger/item-label.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'
import type {Rule} from './rule.js'

/**
 * More fix-plan items in_progress than `wipLimit` allows: a loop that starts work before it
 * finishes any spreads thin. Off until the project sets `wipLimit` (teams differ on N).
 */
export const wipLimit: Rule = {
  id: 'wip-limit',
  description: 'More fix-plan items in_progress than `wipLimit` allows (off until `wipLimit` is set; warning)',
  defaultSeverity: 'warning',
  dialects: ANY_DIALECT,
  needs: ['fix-plan'],
  check(context) {
    const limit = context.config.wipLimit
    const fixPlan = context.fixPlan
    if (limit === undefined || !fixPlan) return []
    const inProgress = fixPlan.items.filter((item) => item.state === 'in_progress')
    if (inProgress.length <= limit) return []
    // At the first item over the limit; the message carries no count, so a growing list stays one problem.
    const over = inProgress[limit]
    return [
      {
        path: fixPlan.doc.path,
        line: over.line,
        message: `More items are in_progress than \`wipLimit\` allows (${limit})`,
        hint: `${inProgress.length} are: ${inProgress.map((item) => `${itemLabel(item, fixPlan.dialect)} (line ${item.line})`).join(', ')}; finish or block some before starting more`,
      },
    ]
  },
}
