import {realpath} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {acquireFileLock, lockTimes, type HeldLock} from './file-lock.js'
import {withWriteErrors, type WriteOptions} from './locked-write.js'

/**
 * Locks every file about to be written, in one order all planledger processes share (sorted real
 * paths, so two runs locking the same pair cannot wait on each other), and returns one release. The
 * writers then find these locks held by their own process and use them.
 */
export async function lockFiles(paths: readonly string[], options: WriteOptions = {}): Promise<() => Promise<void>> {
  const targets = new Map<string, string>()
  for (const path of paths) {
    const realPath = await lockTargetOf(path)
    if (realPath !== undefined && !targets.has(realPath)) targets.set(realPath, path)
  }
  const held: HeldLock[] = []
  const releaseAll = async (): Promise<void> => {
    for (const lock of held.reverse()) await lock.release()
  }
  try {
    for (const realPath of [...targets.keys()].sort()) {
      const path = targets.get(realPath)!
      held.push(await withWriteErrors(path, () => acquireFileLock({path, realPath, ...lockTimes(options)})))
    }
  } catch (error) {
    await releaseAll()
    throw error
  }
  return releaseAll
}

/**
 * The path the writers lock: the file's real path, or for a file still to be created its folder's
 * real path and its name; undefined when even the folder is missing (the write reports that).
 */
async function lockTargetOf(path: string): Promise<string | undefined> {
  const ifMissing = (error: NodeJS.ErrnoException): undefined => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
    throw error
  }
  const real = await realpath(path).catch(ifMissing)
  if (real !== undefined) return real
  const folder = await realpath(dirname(path)).catch(ifMissing)
  return folder === undefined ? undefined : join(folder, basename(path))
}
