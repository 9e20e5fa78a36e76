import {unlinkSync} from 'node:fs'
import {link, open, readFile, realpath, unlink} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {UserError, WriteRefusedError} from '../errors.js'
import {acquireFileLock, lockTimes, type HeldLock} from './file-lock.js'
import {fsyncDir} from './fsync-dir.js'
import {cleanUpOnInterrupt} from './interrupt-cleanup.js'
import {withWriteErrors, type WriteOptions} from './locked-write.js'
import {removeStaleTempFiles, tempPathFor} from './temp-files.js'

/**
 * Creates `path` holding `text`, under the same per-file lock as every write, and only if nothing
 * is there: a temp file beside it is written and fsynced, then hard-linked into place — `link`
 * never replaces an existing entry, so the file appears whole or not at all, and one that appeared
 * meanwhile is left alone.
 */
export async function createNewFile(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  await withLockAt(path, options, async (realPath, held) => {
    removeStaleTempFiles(realPath)
    const temp = tempPathFor(realPath)
    const handle = await open(temp, 'wx')
    const forgetInterrupt = cleanUpOnInterrupt(() => unlinkSync(temp))
    try {
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      held.assertHeld()
      await link(temp, realPath).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? appearedError(path) : error
      })
    } finally {
      await unlink(temp).catch(() => undefined)
      forgetInterrupt()
    }
    await fsyncDir(dirname(realPath))
  })
}

/** Undoes createNewFile: removes `path` if it still holds exactly `text`; refuses if someone changed it since. */
export async function removeCreatedFile(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  await withLockAt(path, options, async (realPath, held) => {
    const now = await readFile(realPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (now === undefined) return
    if (now !== text) {
      throw new WriteRefusedError(`${path} changed since planledger created it; left in place`, {
        path,
        hint: 'compare it with the diff planledger printed, and remove it by hand if it should not be there',
      })
    }
    held.assertHeld()
    await unlink(realPath)
    await fsyncDir(dirname(realPath))
  })
}

function appearedError(path: string): WriteRefusedError {
  return new WriteRefusedError(`${path} appeared since planledger looked for it; nothing written`, {
    path,
    hint: 're-run the command to append to the file that is there now',
  })
}

/** Runs `work` holding the lock of `path`, whose folder's symlinks are resolved (the file itself need not exist). */
async function withLockAt(path: string, options: WriteOptions, work: (realPath: string, held: HeldLock) => Promise<void>): Promise<void> {
  await withWriteErrors(path, async () => {
    const folder = await realpath(dirname(path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error
      throw new UserError(`cannot create ${path}: its folder ${dirname(path)}/ does not exist`, {path, hint: 'create the folder first'})
    })
    const realPath = join(folder, basename(path))
    const held = await acquireFileLock({path, realPath, ...lockTimes(options)})
    try {
      await work(realPath, held)
    } finally {
      await held.release()
    }
  })
}
