import {resolve} from 'node:path'
import {WriteRefusedError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import type {MadeMove} from '../io/move-path.js'
import type {PlannedChange} from './apply-change.js'
import type {EditableFile} from './editable-ledger.js'

/** Moving `from` to `to` (cwd-relative): current while the source is there and the target is not; undone by moving back. */
export function plannedMove(project: ProjectConfig, from: string, to: string): PlannedChange {
  const [source, target] = [resolve(project.cwd, from), resolve(project.cwd, to)]
  let made: MadeMove | undefined
  return {
    path: from,
    before: '',
    after: '',
    rename: {from, to},
    write: async () => {
      const {movePath} = await import('../io/move-path.js')
      made = await movePath(project.root, source, target)
    },
    isCurrent: async () => {
      const {pathKind} = await import('../io/path-kind.js')
      return (await pathKind(source)) !== 'absent' && (await pathKind(target)) === 'absent'
    },
    restore: async () => {
      if (made === undefined) return
      const {undoMove} = await import('../io/move-path.js')
      await undoMove(project.root, made)
      made = undefined
    },
  }
}

/**
 * An edit of a file that a move planned before it carries along: checked where it was read, written
 * where the move put it (`path`, cwd-relative). Its locks are taken at the new place, so no lock
 * folder travels with the move.
 */
export function plannedMovedFileEdit(editable: EditableFile, path: string, after: string): PlannedChange {
  const before = editable.file.text
  const rewrite = async (expected: string, text: string): Promise<void> => {
    const [{readLedgerFile}, {writeLedgerFile}] = await Promise.all([import('../io/read-ledger.js'), import('../io/locked-write.js')])
    const now = await readLedgerFile(path)
    if (now.text !== expected) throw new WriteRefusedError(`${path} changed while planledger moved it; not written`, {path})
    await writeLedgerFile(now, text)
  }
  return {
    path,
    before,
    after,
    write: () => rewrite(before, after),
    restore: () => rewrite(after, before),
    isCurrent: async () => {
      const [{readLedgerFile}, {sameFingerprint}] = await Promise.all([import('../io/read-ledger.js'), import('../io/fingerprint.js')])
      const now = await readLedgerFile(editable.file.path).catch(() => undefined)
      return now !== undefined && sameFingerprint(now.fingerprint, editable.file.fingerprint)
    },
  }
}
