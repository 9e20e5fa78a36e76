import {resolve} from 'node:path'
import type {Rule} from './rule.js'

/** Teams cap the fix plan at about this many lines and archive done items beyond it. */
export const DEFAULT_LINE_BUDGET = 1000

/** The fix plan at or over its line budget (`lineBudget` in .planledger.json); the archive has none. */
export const lineBudget: Rule = {
  id: 'line-budget',
  description: 'The fix plan is at or over its line budget (default 1000 lines)',
  defaultSeverity: 'error',
  needs: ['fix-plan'],
  check(context) {
    const doc = context.fixPlan?.doc
    const budget = context.config.lineBudget ?? DEFAULT_LINE_BUDGET
    if (!doc || doc.lines.length < budget) return []
    // The archive is where done items go to make room: it is expected to grow.
    if (resolve(context.cwd, doc.path) === resolve(context.root, context.config.archive)) return []
    return [
      {
        path: doc.path,
        // The line that reaches the budget; the message carries no count so a growing file stays one problem.
        line: budget,
        message: `Fix plan is at or over its line budget of ${budget} lines`,
        hint: `it has ${doc.lines.length} lines; move done items out with \`planledger archive\``,
      },
    ]
  },
}
