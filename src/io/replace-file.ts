import {UserError} from '../errors.js'
import type {HeldLock} from './file-lock.js'
import {nodeFileSystem, type WriterFileSystem} from './file-system.js'
import {changedSinceReadError} from './changed-error.js'
import {sameMetadata, sha256Hex, type FileFingerprint} from './fingerprint.js'
import {removeStaleTempFiles, tempPathFor} from './temp-files.js'

export interface ReplaceRequest {
  /** As the user gave it; used in messages. */
  path: string
  realPath: string
  data: Uint8Array
  /** What the target must still hold right before the rename. */
  expected: FileFingerprint
  /** The target's lock, already held by the caller. */
  lock: HeldLock
}

/**
 * Replaces the target with `data` all at once: a temp file beside it is written in full (a loop,
 * since write(2) may write less than asked on a nearly full disk), given the target's mode (and
 * owner, as root), fsynced and read back (size and bytes) before the target is checked one last
 * time and the temp file renamed over it. On any failure the temp file is removed and the target is
 * untouched. The caller fsyncs the folder afterwards.
 */
export function replaceFile(request: ReplaceRequest, fsys: WriterFileSystem = nodeFileSystem): void {
  const {path, realPath, data, expected, lock} = request
  const target = fsys.statSync(realPath)
  // Even root, whom permissions do not stop, must not replace a file its owner made read-only.
  if ((target.mode & 0o200) === 0) {
    throw new UserError(`cannot write ${path}: it is read-only; nothing written`, {path, hint: `make it writable first (chmod u+w ${path}) if planledger should edit it`})
  }
  removeStaleTempFiles(realPath, fsys)
  const temp = tempPathFor(realPath)
  // No interrupt cleanup for the temp file: this function never yields, so no signal handler can run before it returns.
  const fd = fsys.openSync(temp, 'wx+', 0o600)
  let open = true
  let oldFd: number | undefined
  let renamed = false
  try {
    writeFully(fsys, fd, data)
    fsys.fchmodSync(fd, target.mode & 0o7777)
    if (process.getuid?.() === 0) fsys.fchownSync(fd, target.uid, target.gid)
    fsys.fsyncSync(fd)
    verifyWritten(fsys, fd, data, path)
    fsys.closeSync(fd)
    open = false
    lock.assertHeld()
    // Held across the rename: bytes a foreign `>>` appends to the old file in the last gap stay readable through it.
    oldFd = fsys.openSync(realPath, 'r')
    assertStillAsRead(fsys, realPath, expected, path)
    fsys.renameSync(temp, realPath)
    renamed = true
    carryOverLateAppends(fsys, oldFd, expected.size, realPath)
  } catch (error) {
    if (open) fsys.closeSync(fd)
    if (renamed) throw error
    try {
      fsys.unlinkSync(temp)
    } catch {
      // Already gone; or left for the next write, which removes a dead run's temp files.
    }
    throw error
  } finally {
    if (oldFd !== undefined) fsys.closeSync(oldFd)
  }
}

/**
 * The gap between the last check and the rename cannot be closed, but what a foreign appender
 * (`echo … >> fix_plan.md`, which takes no lock) wrote to the old file in it can be carried over:
 * its bytes past the size planledger read are appended to the new file, until the old file stops
 * growing. An edit inside the old bytes in that gap (not an append) cannot be told apart and stays lost.
 */
function carryOverLateAppends(fsys: WriterFileSystem, oldFd: number, readSize: number, realPath: string): void {
  let carried = readSize
  for (let size = fsys.fstatSync(oldFd).size; size > carried; size = fsys.fstatSync(oldFd).size) {
    const late = Buffer.alloc(size - carried)
    let offset = 0
    while (offset < late.length) {
      const read = fsys.readSync(oldFd, late, offset, late.length - offset, carried + offset)
      if (!(read > 0)) break
      offset += read
    }
    const appendFd = fsys.openSync(realPath, 'a')
    try {
      writeFully(fsys, appendFd, late.subarray(0, offset), null)
      fsys.fsyncSync(appendFd)
    } finally {
      fsys.closeSync(appendFd)
    }
    carried += offset
    if (offset < late.length) break
  }
}

/** write(2) until every byte is out; a call that writes nothing without an error is a failure too. */
function writeFully(fsys: WriterFileSystem, fd: number, data: Uint8Array, position: number | null = 0): void {
  let offset = 0
  while (offset < data.length) {
    // `null`: at the end of a file opened for appending.
    const written = fsys.writeSync(fd, data, offset, data.length - offset, position === null ? null : position + offset)
    if (!(written > 0)) throw Object.assign(new Error(`write returned ${written} at byte ${offset} of ${data.length}`), {code: 'EIO'})
    offset += written
  }
}

/** What is on disk now must be exactly `data`: the size first, then the bytes read back. */
function verifyWritten(fsys: WriterFileSystem, fd: number, data: Uint8Array, path: string): void {
  const size = fsys.fstatSync(fd).size
  const back = Buffer.alloc(size)
  let offset = 0
  while (offset < size) {
    const read = fsys.readSync(fd, back, offset, size - offset, offset)
    if (!(read > 0)) break
    offset += read
  }
  if (size !== data.length || offset !== size || !back.equals(data)) {
    throw new UserError(`cannot write ${path}: the temp file holds ${size} bytes that differ from the ${data.length} written (disk full or failing?); nothing written`, {
      path,
      hint: 'check the free space and the disk (df -h), then re-run',
    })
  }
}

/**
 * The last check before the rename: the bytes are hashed, then a final stat (size, mtime, inode)
 * right before the rename catches anything that happened during the hashing. What remains is the
 * gap between that stat and the rename, a few microseconds, which no check can close.
 */
function assertStillAsRead(fsys: WriterFileSystem, realPath: string, expected: FileFingerprint, path: string): void {
  try {
    if (!sameMetadata(expected, fsys.statSync(realPath)) || sha256Hex(fsys.readFileSync(realPath)) !== expected.sha256) throw changedSinceReadError(path)
    if (!sameMetadata(expected, fsys.statSync(realPath))) throw changedSinceReadError(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw changedSinceReadError(path)
    throw error
  }
}
