// One three-way merge of a ledger, as the merge bench and its test use it.

/** The kinds of merge: `real-merge` as recorded, `history*` replayed from the corpus histories, the rest built with planledger's planners. */
export const SCENARIO_KINDS = ['real-merge', 'history', 'history-appends', 'both-append-attempts', 'status-vs-append', 'adjacent-index-rows', 'adjacent-items-status', 'different-plan-rows-ticked', 'both-add-findings', 'both-append-journal'] as const
export type ScenarioKind = (typeof SCENARIO_KINDS)[number]

export interface MergeScenario {
  /** Unique: where it comes from and what was done. */
  name: string
  kind: ScenarioKind
  /** The ledger's path in its repository, as git would pass it (`%P`). */
  path: string
  base: string
  ours: string
  theirs: string
}
