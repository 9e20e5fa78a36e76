import {renumberNewestAttempt} from '../../../edit/renumber-attempt.js'
import type {AttemptsHistory} from '../../../ledger/model.js'
import type {Fixer} from './fixer.js'

/** `attempt-numbering` on a history's newest entry repeating an earlier number: it takes the next free one. */
export const attemptNumberFixer: Fixer = {
  ruleId: 'attempt-numbering',
  appendOnly: true,
  fix(fixPlan, problem) {
    const histories: AttemptsHistory[] = fixPlan.items.flatMap((item) => (item.attempts ? [item.attempts] : []))
    if (fixPlan.attempts) histories.push(fixPlan.attempts)
    // Only a report on the newest entry: an older repeat is history, and history is append-only.
    const history = histories.find((candidate) => candidate.entries.at(-1)?.line === problem.line)
    const renumbered = history && renumberNewestAttempt(fixPlan.doc, history)
    if (!renumbered) return undefined
    return {edits: [renumbered.edit], line: renumbered.line, description: `newest attempt renumbered \`#${renumbered.from}\` → \`#${renumbered.to}\` (#${renumbered.from} is taken by an earlier entry)`}
  },
}
