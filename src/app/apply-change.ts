import {ExitCode, FileChangedError, UserError, WriteRefusedError} from '../errors.js'

export interface PlannedChange {
  path: string
  before: string
  after: string
  write: () => Promise<unknown>
  /** Puts the file back as `before` after a later change failed to write; without it the write stays. */
  restore?: () => Promise<unknown>
  /** False when the file no longer holds what the change was planned from; absent: assumed current. */
  isCurrent?: () => Promise<boolean>
  /** A file or folder moved (cwd-relative paths): a change even though it has no text of its own. */
  rename?: {from: string; to: string}
  /** The writer takes the file's lock itself (`git config` locks `.git/config`): apply must not lock it first. */
  locksItself?: boolean
}

export interface ApplyMode {
  yes: boolean
  dryRun: boolean
}

export interface ApplyPorts {
  /** stdin AND stdout are TTYs. */
  interactive: boolean
  color: boolean
  /** A unified diff of one change (render's job, passed in so use-cases never import render); '' when unchanged. */
  renderDiff: (change: PlannedChange, options: {color: boolean}) => string
  /** The command prints it (stderr when --json, stdout otherwise); the text ends with a newline. */
  showPreview: (text: string) => void
  confirm: (question: string) => Promise<boolean>
  /** Locks the files (as the changes name them) until the returned release; absent: nothing is locked. */
  lockFiles?: (paths: string[]) => Promise<() => Promise<void>>
}

export type ApplyOutcome = 'unchanged' | 'dry-run' | 'written' | 'declined'

export interface ApplyResult {
  outcome: ApplyOutcome
  /** Uncolored diff of every effective change that was finally shown; '' when unchanged. */
  diff: string
  /** Paths that differ (written only when outcome is 'written'), in the given order. */
  files: string[]
}

/** How a command plans again from the files as they are now, when they changed after the first plan. */
export interface Replanning<T> {
  replan: () => Promise<T>
  changesOf: (planned: T) => PlannedChange[]
}

export const CONFIRM_QUESTION = 'Apply? [y/N]'

/** Re-plans in a row before giving up on a file that keeps changing under us (another writer outside planledger). */
export const MAX_REPLANS = 5

/** Preview → confirm → write, for changes that are written as planned or refused (no re-planning). */
export async function applyChanges(changes: PlannedChange[], mode: ApplyMode, ports: ApplyPorts): Promise<ApplyResult> {
  return (await applyPlanned(changes, undefined, mode, ports)).result
}

/**
 * Preview → confirm → lock → write, the one decision every editing command shares. The plan is made
 * without a lock (so a dry run or a declined prompt never blocks anyone); once the answer is given,
 * the files are locked and, if any changed since it was read, the command plans again under the lock:
 * with --yes the new plan is shown and written; interactively the new diff is shown and asked about
 * again (never holding a lock while a person decides). Returns the plan that was finally written.
 */
export async function applyPlanned<T>(first: T, replanning: Replanning<T> | undefined, mode: ApplyMode, ports: ApplyPorts): Promise<{planned: T; result: ApplyResult}> {
  if (mode.yes && mode.dryRun) throw new UserError('--yes and --dry-run cannot be used together')
  const changesOf = replanning?.changesOf ?? ((planned: T) => planned as PlannedChange[])
  let planned = first
  let effective = effectiveChanges(changesOf(planned))
  const result = (outcome: ApplyOutcome): {planned: T; result: ApplyResult} => ({
    planned,
    result: {outcome, diff: effective.length === 0 ? '' : plainDiff(effective, ports), files: effective.map((c) => c.path)},
  })
  if (effective.length === 0) return result('unchanged')
  showPreview(effective, ports)

  if (mode.dryRun) return result('dry-run')
  if (!mode.yes) {
    // A prompt without a terminal would hang an agent or hook, or read a piped answer by accident.
    if (!ports.interactive) {
      throw new WriteRefusedError('not applied: stdin is not a terminal and neither --yes nor --dry-run was given', {
        hint: 're-run with --yes to apply, or --dry-run to only preview',
      })
    }
    if (!(await ports.confirm(CONFIRM_QUESTION))) return result('declined')
  }

  for (let replans = 0; ; ) {
    const release = (await ports.lockFiles?.(effective.filter((c) => !c.locksItself).map((c) => c.path))) ?? (async () => undefined)
    let askAgain = false
    try {
      for (;;) {
        if (await allCurrent(effective)) {
          try {
            await writeAll(effective)
            return result('written')
          } catch (error) {
            // Changed between our check and the writer's final one: plan again below.
            if (!(error instanceof FileChangedError) || replanning === undefined) throw error
          }
        }
        if (replanning === undefined) throw changedError(effective)
        if (++replans > MAX_REPLANS) throw keptChangingError(effective)
        const lockedPaths = new Set(effective.map((c) => c.path))
        planned = await replanning.replan()
        effective = effectiveChanges(changesOf(planned))
        if (effective.length === 0) return result('unchanged')
        ports.showPreview(`${[...lockedPaths].join(', ')} changed since planledger read it; the change is now:\n`)
        showPreview(effective, ports)
        // A new plan touching other files must lock those too; interactively, the new diff needs a new answer.
        if (!mode.yes || effective.some((c) => !lockedPaths.has(c.path))) {
          askAgain = !mode.yes
          break
        }
      }
    } finally {
      await release()
    }
    if (askAgain && !(await ports.confirm(CONFIRM_QUESTION))) return result('declined')
  }
}

function effectiveChanges(changes: PlannedChange[]): PlannedChange[] {
  return changes.filter((c) => c.before !== c.after || c.rename !== undefined)
}

function plainDiff(changes: PlannedChange[], ports: ApplyPorts): string {
  return changes.map((c) => ports.renderDiff(c, {color: false})).join('')
}

function showPreview(changes: PlannedChange[], ports: ApplyPorts): void {
  // Render twice rather than strip ANSI codes: the uncolored diff must never depend on a regex.
  ports.showPreview(ports.color ? changes.map((c) => ports.renderDiff(c, {color: true})).join('') : plainDiff(changes, ports))
}

async function allCurrent(changes: PlannedChange[]): Promise<boolean> {
  for (const change of changes) if (change.isCurrent && !(await change.isCurrent())) return false
  return true
}

/** Sequential, in the planned order; when one fails, the files written before it are put back. */
async function writeAll(changes: PlannedChange[]): Promise<void> {
  const written: PlannedChange[] = []
  try {
    for (const change of changes) {
      await change.write()
      written.push(change)
    }
  } catch (error) {
    await restoreWritten(written, error)
    throw error
  }
}

function changedError(changes: PlannedChange[]): FileChangedError {
  const paths = changes.map((c) => c.path).join(', ')
  return new FileChangedError(`${paths} changed since planledger read it; nothing written`, {hint: 're-run the command to apply it to the current file'})
}

function keptChangingError(changes: PlannedChange[]): WriteRefusedError {
  const paths = changes.map((c) => c.path).join(', ')
  return new WriteRefusedError(`${paths} kept changing while planledger planned its edit (${MAX_REPLANS} tries); nothing written`, {
    hint: 'another program is writing it; re-run when it is done',
  })
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
