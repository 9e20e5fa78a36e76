import {createHash} from 'node:crypto'
import type {Stats} from 'node:fs'

/** What planledger remembers about a file it read, so a later write can tell whether it changed. */
export interface FileFingerprint {
  size: number
  mtimeMs: number
  ino: number
  /** Hex SHA-256 of the bytes read; catches edits that keep size and mtime. */
  sha256: string
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** `stats` should come from before the read, so any edit after it shows up as a changed mtime. */
export function fingerprintOf(data: Uint8Array, stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): FileFingerprint {
  return {size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, sha256: sha256Hex(data)}
}

/** True when only metadata is compared and it matches; cheap pre-check before hashing. */
export function sameMetadata(a: FileFingerprint, b: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino
}

export function sameFingerprint(a: FileFingerprint, b: FileFingerprint): boolean {
  return sameMetadata(a, b) && a.sha256 === b.sha256
}
