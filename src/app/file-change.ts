import {WriteRefusedError} from '../errors.js'
import type {LoadedFile} from '../io/read-ledger.js'
import type {PlannedChange} from './apply-change.js'

/**
 * The change of one existing file read as `file` (`shownPath` cwd-relative, as messages name it): written through
 * the locked, fingerprint-checked path, refused if the file changed since it was read.
 */
export function plannedFileChange(file: LoadedFile, after: string, shownPath = file.path): PlannedChange {
  return {
    path: shownPath,
    before: file.text,
    after,
    write: async () => {
      const {writeLedgerFile} = await import('../io/locked-write.js')
      return writeLedgerFile(file, after)
    },
    isCurrent: async () => {
      const [{readLedgerFile}, {sameFingerprint}] = await Promise.all([import('../io/read-ledger.js'), import('../io/fingerprint.js')])
      // A file that cannot be read now is not current either; planning again reports why.
      const now = await readLedgerFile(file.path).catch(() => undefined)
      return now !== undefined && now.realPath === file.realPath && sameFingerprint(now.fingerprint, file.fingerprint)
    },
    // Re-read, so the locked write checks the file still holds exactly what we wrote.
    restore: async () => {
      const [{readLedgerFile}, {writeLedgerFile}] = await Promise.all([import('../io/read-ledger.js'), import('../io/locked-write.js')])
      const now = await readLedgerFile(file.path)
      if (now.text !== after) throw new WriteRefusedError(`${file.path} changed since planledger wrote it; not restored`, {path: file.path})
      return writeLedgerFile(now, file.text)
    },
  }
}
