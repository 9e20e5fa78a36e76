import type {ApplyOutcome} from '../app/apply-change.js'
import {stepStatus, type InitStep} from '../app/init/init.js'
import {escapeUntrusted} from './escape-untrusted.js'

const VERB = {created: 'created', 'would-create': 'would be created', 'not-created': 'not created', skipped: 'skipped'} as const

/** One line per step (`.planledger.json: created — fixPlan docs/fix_plan.md, …`), then the line to add, if any. */
export function renderInitSteps(steps: InitStep[], outcome: ApplyOutcome): string[] {
  const lines: string[] = []
  for (const step of steps) {
    lines.push(`${escapeUntrusted(step.path)}: ${VERB[stepStatus(step, outcome)]} — ${escapeUntrusted(step.reason)}`)
    if (step.lineToAdd !== undefined) lines.push(`  add this line to it: ${escapeUntrusted(step.lineToAdd)}`)
  }
  if (steps.every((step) => step.action === 'skip' && step.lineToAdd === undefined)) lines.push('Everything is already set up.')
  else if (outcome === 'dry-run') lines.push('Dry run: nothing written.')
  return lines
}
