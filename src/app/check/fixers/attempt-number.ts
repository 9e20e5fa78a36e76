import {renumberNewestAttempt} from '../../../edit/renumber-attempt.js'
import {historiesOf} from '../../../ledger/fix-plan/fix-plan-histories.js'
import type {Fixer} from './fixer.js'

/** `attempt-numbering` on a history's newest entry repeating an earlier number: it takes the next free one. */
export const attemptNumberFixer: Fixer = {
  ruleId: 'attempt-numbering',
  appendOnly: true,
  fix(fixPlan, problem) {
    // Only a report on the newest entry: an older repeat is history, and history is append-only.
    const history = historiesOf(fixPlan).find(({history: candidate}) => candidate.entries.at(-1)?.line === problem.line)?.history
    const renumbered = history && renumberNewestAttempt(fixPlan.doc, history)
    if (!renumbered) return undefined
    return {edits: [renumbered.edit], line: renumbered.line, description: `newest attempt renumbered \`#${renumbered.from}\` → \`#${renumbered.to}\` (#${renumbered.from} is taken by an earlier entry)`}
  },
}
