import type {ProjectConfig} from '../../config/project-config.js'
import type {LedgerRole} from '../../edit/merge/ledger-role.js'
import {mergeLedgerTexts} from '../../edit/merge/merge-ledger-texts.js'
import {UserError} from '../../errors.js'
import {fixPlanReadOptions} from '../fix-plan-options.js'
import {configuredRole} from './configured-role.js'

export interface MergeDriverInput {
  /** `%O`, `%A` (written with the merge), `%B`: temporary files git made. */
  base: string
  ours: string
  theirs: string
  /** `%P`: the file's path in the repository, which names its role. */
  path?: string
  markerSize: number
}

export interface MergeDriverOutcome {
  /** The repository path when given, else OURS's file. */
  path: string
  role: LedgerRole
  conflicts: number
  notes: string[]
  /** OURS was rewritten (false when the merge is OURS as it was). */
  written: boolean
}

/**
 * The git merge driver for ledgers: reads BASE, OURS and THEIRS, merges them by the structure of
 * the ledger the path names (from `.planledger.json`, else the file's name, else its content) and
 * writes the merge over OURS, conflict markers and all, as git expects.
 */
export async function runMergeDriver(loadProject: () => Promise<ProjectConfig>, input: MergeDriverInput): Promise<MergeDriverOutcome> {
  const {readLedgerFile, readLedgerText} = await import('../../io/read-ledger.js')
  // Only OURS is written over: it alone needs the fingerprint a locked write checks.
  const [base, ours, theirs] = await Promise.all([readLedgerText(input.base), readLedgerFile(input.ours), readLedgerText(input.theirs)])
  const notes: string[] = []
  const project = await loadProject().catch((error: unknown) => {
    // A merge must not stop at a broken config: the file's name and content still say what it is.
    if (!(error instanceof UserError)) throw error
    notes.push(`configuration not used: ${error.message}`)
    return undefined
  })
  const path = input.path ?? input.ours
  // Unclaimed by the configuration: mergeLedgerTexts reads the role off the file's name, then its content.
  const role = input.path !== undefined && project ? configuredRole(project.config, input.path) : undefined
  const merged = mergeLedgerTexts({
    base,
    ours: ours.text,
    theirs,
    path,
    ...(role !== undefined && {role}),
    markerSize: input.markerSize,
    ...(project && {fixPlanOptions: fixPlanReadOptions(project.config)}),
  })
  const {writeLedgerFile} = await import('../../io/locked-write.js')
  const written = await writeLedgerFile(ours, merged.text)
  return {path, role: merged.role, conflicts: merged.conflicts, notes: [...notes, ...merged.notes], written}
}
