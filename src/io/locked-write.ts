import {realpath} from 'node:fs/promises'
import {dirname} from 'node:path'
import {UserError} from '../errors.js'
import {changedSinceReadError} from './changed-error.js'
import {acquireFileLock, lockTimes} from './file-lock.js'
import type {WriterFileSystem} from './file-system.js'
import {fsyncDir} from './fsync-dir.js'
import type {LoadedFile} from './read-ledger.js'
import {replaceFile} from './replace-file.js'

export interface WriteOptions {
  /** How long to queue for another planledger process's lock; default DEFAULT_LOCK_WAIT_MS (file-lock.ts). */
  lockWaitMs?: number
  /** Age after which a lock whose owner cannot be judged is taken over; default DEFAULT_STALE_LOCK_MS (file-lock.ts). */
  staleLockMs?: number
  /** The file-system seam (tests inject failures). */
  fileSystem?: WriterFileSystem
}

/**
 * Writes `newText` over the ledger `file` was read from, under its lock (re-entrant: a lock the
 * apply step already holds is used as is), refusing if the file no longer holds what was read.
 * Returns false (and touches nothing) when newText equals file.text.
 */
export async function writeLedgerFile(file: LoadedFile, newText: string, options: WriteOptions = {}): Promise<boolean> {
  if (newText === file.text) return false
  const {path} = file
  await withWriteErrors(path, async () => {
    const realPath = await currentRealPath(file)
    const lock = await acquireFileLock({path, realPath, ...lockTimes(options)})
    try {
      replaceFile({path, realPath, data: Buffer.from(newText, 'utf8'), expected: file.fingerprint, lock}, options.fileSystem)
      await fsyncDir(dirname(realPath))
    } finally {
      await lock.release()
    }
  })
  return true
}

/** A symlink re-pointed or a file deleted since the read counts as a change. */
async function currentRealPath(file: LoadedFile): Promise<string> {
  const now = await realpath(file.path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined
    throw err
  })
  if (now !== file.realPath) throw changedSinceReadError(file.path)
  return now
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
}

/** Turns the environment errors a user can fix into one-line UserErrors; anything else stays a bug. */
export async function withWriteErrors<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    const reason = WRITE_REASONS[(err as NodeJS.ErrnoException).code ?? '']
    if (!reason || err instanceof UserError) throw err
    throw new UserError(`cannot write ${path}: ${reason}; nothing written`, {path, hint: `check that you can write to ${dirname(path)}/ and that the disk has room (df -h)`})
  }
}
