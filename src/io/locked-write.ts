import {open, realpath, type FileHandle} from 'node:fs/promises'
import {dirname} from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {UserError, WriteRefusedError} from '../errors.js'
import {acquireFileLock} from './file-lock.js'
import {fingerprintOf, sameFingerprint, sameMetadata} from './fingerprint.js'
import {fsyncDir} from './fsync-dir.js'
import type {LoadedFile} from './read-ledger.js'

export interface WriteOptions {
  /** How long to wait for another planledger process's lock; default 10_000. */
  lockWaitMs?: number
  /** Age after which a lock left by a crashed process is taken over; default 5_000, minimum 2_000 (proper-lockfile). */
  staleLockMs?: number
}

/** Returns false (and touches nothing) when newText equals file.text. */
export async function writeLedgerFile(file: LoadedFile, newText: string, options: WriteOptions = {}): Promise<boolean> {
  if (newText === file.text) return false
  const {path} = file
  await withWriteErrors(path, async () => {
    const realPath = await currentRealPath(file)
    const waitMs = options.lockWaitMs ?? 10_000
    const held = await acquireFileLock({path, realPath, waitMs, staleMs: options.staleLockMs ?? 5_000})
    try {
      await assertUnchanged(file, realPath)
      if (held.lost()) throw lostLockError(path)
      // write-file-atomic: temp file beside the target, fsync, copy mode/owner, rename over it.
      await writeFileAtomic(realPath, Buffer.from(newText, 'utf8'), {fsync: true})
      await fsyncDir(dirname(realPath))
    } finally {
      await held.release()
    }
  })
  return true
}

export function lostLockError(path: string): WriteRefusedError {
  return new WriteRefusedError(`${path}: planledger's lock was taken over by another process; nothing written`, {
    path,
    hint: 're-run the command; a run stalled longer than the lock timeout',
  })
}

function changedError(path: string): WriteRefusedError {
  return new WriteRefusedError(`${path} changed since planledger read it; nothing written`, {
    path,
    hint: 're-run the command to apply it to the current file',
  })
}

/** A symlink re-pointed or a file deleted since the read counts as a change. */
async function currentRealPath(file: LoadedFile): Promise<string> {
  const now = await realpath(file.path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined
    throw err
  })
  if (now !== file.realPath) throw changedError(file.path)
  return now
}

async function assertUnchanged(file: LoadedFile, realPath: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(realPath, 'r')
    const stats = await handle.stat()
    // Hash only when the cheap fields agree; a size/mtime/inode difference already settles it.
    if (sameMetadata(file.fingerprint, stats) && sameFingerprint(file.fingerprint, fingerprintOf(await handle.readFile(), stats))) return
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  } finally {
    await handle?.close()
  }
  throw changedError(file.path)
}

const WRITE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
}

/** Turns the environment errors a user can fix into one-line UserErrors; anything else stays a bug. */
export async function withWriteErrors<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    const reason = WRITE_REASONS[(err as NodeJS.ErrnoException).code ?? '']
    if (!reason || err instanceof UserError) throw err
    throw new UserError(`cannot write ${path}: ${reason}`, {path, hint: `check that you can write to ${dirname(path)}/`})
  }
}
