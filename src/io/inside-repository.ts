import {realpathSync} from 'node:fs'
import {basename, dirname, join, relative} from 'node:path'
import {UserError} from '../errors.js'
import {leavesFolder} from '../ledger/leaves-folder.js'

/**
 * Where an absolute path really leads: the symlinks of its longest existing prefix resolved, the
 * part that does not exist yet (a file still to be created) appended as written.
 */
export function realLocation(absolute: string): string {
  const missing: string[] = []
  for (let existing = absolute; ; ) {
    try {
      return join(realpathSync.native(existing), ...missing)
    } catch {
      const parent = dirname(existing)
      if (parent === existing) return absolute
      missing.unshift(basename(existing))
      existing = parent
    }
  }
}

/**
 * Refuses a ledger or a cited artifact that leads outside the repository once links are resolved:
 * planledger reads for editing, writes and cites files of this repository only. `label` names the
 * file as the user knows it (`docs/fix_plan.md`, `artifact ../x.log`).
 */
export function requireInsideRepository(root: string, absolute: string, label: string, hint: string): void {
  const real = realLocation(absolute)
  const realRoot = realLocation(root)
  if (!leavesFolder(relative(realRoot, real))) return
  throw new UserError(`${label} resolves to ${real}, outside the repository (${realRoot})`, {hint})
}
