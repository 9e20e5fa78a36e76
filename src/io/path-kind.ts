import {stat} from 'node:fs/promises'
import {readErrorToUserError} from './read-ledger.js'

export type PathKind = 'absent' | 'file' | 'directory' | 'other'

/** What is at `path` now (symlinks followed); a path that cannot be looked at is a user error. */
export async function pathKind(path: string): Promise<PathKind> {
  try {
    const stats = await stat(path)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'absent'
    throw typeof code === 'string' ? readErrorToUserError(path, code) : error
  }
}
