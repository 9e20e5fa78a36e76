import type {ApplyOutcome} from '../app/apply-change.js'
import {stepStatus, type InitStep} from '../app/init/init.js'
import {escapeUntrusted} from './escape-untrusted.js'

const VERB = {
  created: 'created',
  'would-create': 'would be created',
  'not-created': 'not created',
  updated: 'updated',
  'would-update': 'would be updated',
  'not-updated': 'not updated',
  skipped: 'skipped',
} as const

/**
 * One line per step (`.planledger.json: created — fixPlan docs/fix_plan.md, …`), then the line to add
 * or the command collaborators run, if any.
 */
export function renderInitSteps(steps: InitStep[], outcome: ApplyOutcome): string[] {
  const lines: string[] = []
  for (const step of steps) {
    lines.push(`${escapeUntrusted(step.path)}: ${VERB[stepStatus(step, outcome)]} — ${escapeUntrusted(step.reason)}`)
    if (step.lineToAdd !== undefined) lines.push(`  add this line to it: ${escapeUntrusted(step.lineToAdd)}`)
    if (step.command !== undefined) lines.push(`  git config is not committed: collaborators run ${escapeUntrusted(step.command)}`)
  }
  if (steps.every((step) => step.action === 'skip' && step.lineToAdd === undefined)) lines.push('Everything is already set up.')
  else if (outcome === 'dry-run') lines.push('Dry run: nothing written.')
  return lines
}
