import * as Flags from '@oclif/core/flags'
import type {ApplyMode, ApplyPorts, ApplyResult, PlannedChange, Replanning} from '../app/apply-change.js'
import {oneLine} from '../render/escape-untrusted.js'
import {printErr, printOut} from './output.js'

/** Flags every editing command shares. */
export const editFlags = {
  yes: Flags.boolean({char: 'y', description: 'apply without asking (required off a terminal)'}),
  'dry-run': Flags.boolean({description: 'show the diff, write nothing'}),
}

type EditFlags = {yes: boolean; 'dry-run': boolean}

/**
 * Preview → confirm → lock → write with the real terminal: the diff goes to stdout, or to stderr
 * under --json so stdout stays one JSON document. When a file changed after `first` was planned,
 * `replanning` plans again under the lock; the plan returned is the one written, for the command's
 * report.
 */
export async function previewAndApplyPlan<T>(first: T, replanning: Replanning<T> | undefined, flags: EditFlags, json: boolean): Promise<{planned: T; result: ApplyResult}> {
  const [{applyPlanned}, {shouldUseColor}, {confirmOnTerminal}, {renderDiff}] = await Promise.all([
    import('../app/apply-change.js'),
    import('../render/color.js'),
    import('../io/prompt.js'),
    import('../render/diff-preview.js'),
  ])
  const color = shouldUseColor(json ? process.stderr : process.stdout, process.env)
  const print = json ? printErr : printOut
  const ports: ApplyPorts = {
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    color,
    renderDiff,
    showPreview: (text) => print(text, {color}),
    confirm: confirmOnTerminal,
    // Loaded only when something is to be written: a dry run, a no or an unchanged plan never locks.
    lockFiles: async (paths) => (await import('../io/lock-files.js')).lockFiles(paths),
  }
  const mode: ApplyMode = {yes: flags.yes, dryRun: flags['dry-run']}
  return applyPlanned(first, replanning, mode, ports)
}

/**
 * The shape most editing commands share: plan, print the plan's warnings (and anything else the
 * command says about the first plan), then preview and apply it, planning again under the lock
 * when a file changed since it was read.
 */
export async function planAndApply<T extends {warnings: readonly string[]}>(
  plan: () => Promise<T>,
  changesOf: (planned: T) => PlannedChange[],
  flags: EditFlags,
  json: boolean,
  aboutFirstPlan?: (first: T) => void,
): Promise<{planned: T; result: ApplyResult}> {
  const first = await plan()
  printWarnings(first.warnings)
  aboutFirstPlan?.(first)
  return previewAndApplyPlan(first, {replan: plan, changesOf}, flags, json)
}

/** Warnings a use-case collected, one `planledger: warning:` line each on stderr. */
export function printWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) printErr(`planledger: warning: ${oneLine(warning)}\n`)
}

/** One human line saying what happened to the files. */
export function outcomeLine(result: ApplyResult): string {
  switch (result.outcome) {
    case 'written':
      return `Wrote ${result.files.join(', ')}.`
    case 'dry-run':
      return `Dry run: nothing written.`
    case 'declined':
      return `Not applied.`
    default:
      return 'Nothing to change.'
  }
}

/** Today (UTC) as YYYY-MM-DD; the clock is read only here, at the edge. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
