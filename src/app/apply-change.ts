import {ExitCode, UserError, WriteRefusedError} from '../errors.js'
import {renderDiff} from '../render/diff-preview.js'

export interface PlannedChange {
  path: string
  before: string
  after: string
  write: () => Promise<unknown>
  /** Puts the file back as `before` after a later change failed to write; without it the write stays. */
  restore?: () => Promise<unknown>
}

export interface ApplyMode {
  yes: boolean
  dryRun: boolean
}

export interface ApplyPorts {
  /** stdin AND stdout are TTYs. */
  interactive: boolean
  color: boolean
  /** The command prints it (stderr when --json, stdout otherwise); the text ends with a newline. */
  showPreview: (text: string) => void
  confirm: (question: string) => Promise<boolean>
}

export type ApplyOutcome = 'unchanged' | 'dry-run' | 'written' | 'declined'

export interface ApplyResult {
  outcome: ApplyOutcome
  /** Uncolored diff of every effective change; '' when unchanged. */
  diff: string
  /** Paths that differ (written only when outcome is 'written'), in the given order. */
  files: string[]
}

export const CONFIRM_QUESTION = 'Apply? [y/N]'

/** Preview → confirm → write, the one decision every editing command shares. */
export async function applyChanges(
  changes: PlannedChange[],
  mode: ApplyMode,
  ports: ApplyPorts,
): Promise<ApplyResult> {
  if (mode.yes && mode.dryRun) throw new UserError('--yes and --dry-run cannot be used together')

  const effective = changes.filter((c) => c.before !== c.after)
  if (effective.length === 0) return {outcome: 'unchanged', diff: '', files: []}

  const files = effective.map((c) => c.path)
  const diff = effective.map((c) => renderDiff(c, {color: false})).join('')
  // Render twice rather than strip ANSI codes: the uncolored diff must never depend on a regex.
  ports.showPreview(ports.color ? effective.map((c) => renderDiff(c, {color: true})).join('') : diff)

  if (mode.dryRun) return {outcome: 'dry-run', diff, files}
  if (!mode.yes) {
    // A prompt without a terminal would hang an agent or hook, or read a piped answer by accident.
    if (!ports.interactive) {
      throw new WriteRefusedError('not applied: stdin is not a terminal and neither --yes nor --dry-run was given', {
        hint: 're-run with --yes to apply, or --dry-run to only preview',
      })
    }
    if (!(await ports.confirm(CONFIRM_QUESTION))) return {outcome: 'declined', diff, files}
  }

  // Sequential, in the planned order; when one fails, the files written before it are put back.
  const written: PlannedChange[] = []
  try {
    for (const change of effective) {
      await change.write()
      written.push(change)
    }
  } catch (error) {
    await restoreWritten(written, error)
    throw error
  }
  return {outcome: 'written', diff, files}
}

/** Newest first; a file that cannot be put back is named in the error, since it now holds half an edit. */
async function restoreWritten(written: PlannedChange[], cause: unknown): Promise<void> {
  const stuck: string[] = []
  for (const change of written.reverse()) {
    try {
      await change.restore?.()
    } catch (error) {
      stuck.push(`${change.path} (${(error as Error).message})`)
    }
  }
  if (stuck.length === 0) return
  throw new UserError(`${(cause as Error).message}; and could not restore ${stuck.join(', ')}`, {
    exitCode: cause instanceof UserError ? cause.exitCode : ExitCode.usage,
    hint: 'the files listed were written; check them with `git diff`',
  })
}
