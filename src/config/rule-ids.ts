/**
 * The ids `.planledger.json` may name under `rules`. Kept here, not read off the rules, because the
 * rules depend on the config module (and loading every rule for every command would slow start-up);
 * a test holds this list equal to the registry's.
 */
export const RULE_IDS: readonly string[] = [
  'attempt-numbering',
  'broken-link',
  'conflict-markers',
  'depends-on',
  'done-without-evidence',
  'duplicate-id',
  'history-rewritten',
  'index-mismatch',
  'journal-rewritten',
  'last-updated',
  'line-budget',
  'missing-artifact',
  'misplaced-attempt',
  'missing-ledger',
  'phase-status',
  'plan-reference',
  'status-vocabulary',
  'unknown-finding',
  'unknown-state',
  'wip-limit',
]
