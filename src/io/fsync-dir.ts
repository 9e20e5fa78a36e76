import {open, type FileHandle} from 'node:fs/promises'

/** Codes from platforms that cannot open or fsync a folder; the rename is then as durable as it gets. */
function isUnsupported(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code === 'EISDIR' || code === 'EINVAL' || (code === 'EPERM' && process.platform === 'win32')
}

/** Flush a folder's entries to disk so a rename inside it survives a power cut. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (err) {
    if (!isUnsupported(err)) throw err
  } finally {
    await handle?.close()
  }
}
