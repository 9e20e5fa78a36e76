import {nodeFileSystem, type WriterFileSystem} from '../../../src/io/file-system.js'

/** node's file system with some calls replaced, to inject failures the real disk rarely gives. */
export function faultyFileSystem(overrides: Partial<WriterFileSystem>): WriterFileSystem {
  return {...nodeFileSystem, ...overrides}
}

export function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), {code})
}

/** write(2) on a disk with `room` bytes left: a short count first, then ENOSPC. */
export function fullDiskWrite(room: number): WriterFileSystem['writeSync'] {
  let used = 0
  return (fd, buffer, offset, length, position) => {
    if (used >= room) throw errnoError('ENOSPC')
    const n = nodeFileSystem.writeSync(fd, buffer, offset, Math.min(length, room - used), position)
    used += n
    return n
  }
}
