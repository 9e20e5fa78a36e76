import fs, {type Stats} from 'node:fs'

/**
 * The file-system calls planledger's writer makes, as one seam: tests pass their own to inject a
 * short write, a full disk or a lying fsync without root. The default calls node:fs at call time.
 */
export interface WriterFileSystem {
  openSync(path: string, flags: string, mode?: number): number
  /** Like write(2): may write fewer bytes than asked; position `null` writes at the file's current end (append mode). */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number
  fstatSync(fd: number): Stats
  fsyncSync(fd: number): void
  fchmodSync(fd: number, mode: number): void
  fchownSync(fd: number, uid: number, gid: number): void
  closeSync(fd: number): void
  statSync(path: string): Stats
  readFileSync(path: string): Buffer
  renameSync(from: string, to: string): void
  unlinkSync(path: string): void
  readdirSync(path: string): string[]
}

export const nodeFileSystem: WriterFileSystem = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, length, position),
  readSync: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fstatSync: (fd) => fs.fstatSync(fd),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fchmodSync: (fd, mode) => fs.fchmodSync(fd, mode),
  fchownSync: (fd, uid, gid) => fs.fchownSync(fd, uid, gid),
  closeSync: (fd) => fs.closeSync(fd),
  statSync: (path) => fs.statSync(path),
  readFileSync: (path) => fs.readFileSync(path),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  readdirSync: (path) => fs.readdirSync(path),
}
