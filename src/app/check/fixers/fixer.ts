import type {TextEdit} from '../../../edit/text-edit.js'
import type {FixPlanLedger} from '../../../ledger/model.js'
import type {StateVocabulary} from '../../../ledger/plan/state-marker.js'
import type {Problem} from '../../../rules/run-rules.js'

/** One mechanical repair: the edits, and a line saying what they do (`index status pending → done`). */
export interface Fix {
  edits: TextEdit[]
  /** 1-based line the fix changes (the first one, when it changes several). */
  line: number
  description: string
}

/**
 * Repairs the problems one rule reports, from the ledger alone: the rule stays unaware of it. `fix`
 * reads the ledger again rather than the message (messages are for people), so it returns undefined
 * for a report it has no mechanical answer to.
 */
export interface Fixer {
  ruleId: string
  /**
   * The repair edits an append-only history: a problem already committed (at HEAD) is left alone,
   * since changing what HEAD holds is what history-rewritten reports.
   */
  appendOnly?: boolean
  fix(fixPlan: FixPlanLedger, problem: Problem, context: FixContext): Fix | undefined
}

/** What the check judged by, so a repair judges alike. */
export interface FixContext {
  /** YYYY-MM-DD, the date the check judged against. */
  today: string
  /** The project's `states`, which the ledger was read with and the rules judge by. */
  vocabulary: StateVocabulary
}
