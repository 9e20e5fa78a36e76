import type {ApplyOutcome} from '../apply-change.js'

export type InitStepName = 'config' | 'pre-commit-hook' | 'gitattributes' | 'merge-driver'

/** One thing init sets up: created or updated (it is among the planned changes) or skipped, and why. */
export interface InitStep {
  name: InitStepName
  /** Relative to cwd. */
  path: string
  action: 'create' | 'update' | 'skip'
  reason: string
  /** For a hook init may not touch: the line to add to it by hand. */
  lineToAdd?: string
  /** For the merge driver: the git config command collaborators run (git config is not committed). */
  command?: string
}

/** What became of each step once the changes were applied, declined or only previewed. */
export type InitStepStatus = 'created' | 'would-create' | 'not-created' | 'updated' | 'would-update' | 'not-updated' | 'skipped'

export function stepStatus(step: InitStep, outcome: ApplyOutcome): InitStepStatus {
  if (step.action === 'skip') return 'skipped'
  const verb = step.action === 'create' ? 'create' : 'update'
  if (outcome === 'written') return `${verb}d`
  return outcome === 'dry-run' ? `would-${verb}` : `not-${verb}d`
}
