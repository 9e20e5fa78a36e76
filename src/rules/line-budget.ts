import {resolve} from 'node:path'
import type {Rule} from './rule.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/** Teams cap the fix plan at about this many lines and archive done items beyond it. */
export const DEFAULT_LINE_BUDGET = 1000

/**
 * The fix plan at or over its line budget (`lineBudget` in .planledger.json); the archive has none.
 * The default budget is this format's convention (FORMATS.md §2): a fix plan written in another
 * dialect follows its own team's, so there it is a warning until the project sets a budget.
 */
export const lineBudget: Rule = {
  id: 'line-budget',
  description: 'The fix plan is at or over its line budget (default 1000 lines; a warning for other dialects until `lineBudget` is set)',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  needs: ['fix-plan'],
  check(context) {
    const doc = context.fixPlan?.doc
    const budget = context.config.lineBudget ?? DEFAULT_LINE_BUDGET
    if (!doc || doc.lines.length < budget) return []
    const foreign = context.config.lineBudget === undefined && context.fixPlan?.dialect !== 'bracketed-headings'
    // The archive is where done items go to make room: it is expected to grow.
    if (resolve(context.cwd, doc.path) === resolve(context.root, context.config.archive)) return []
    return [
      {
        path: doc.path,
        // The line that reaches the budget; the message carries no count so a growing file stays one problem.
        line: budget,
        ...(foreign && {severity: 'warning' as const}),
        message: `Fix plan is at or over its line budget of ${budget} lines`,
        hint: foreign
          ? `it has ${doc.lines.length} lines; set "lineBudget" in .planledger.json to hold this file to a budget of its own (then over it is an error)`
          : `it has ${doc.lines.length} lines; move done items out with \`planledger archive\``,
      },
    ]
  },
}
