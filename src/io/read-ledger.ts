import {closeSync, fstatSync, openSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs'
import {UserError} from '../errors.js'
import type {FileFingerprint} from './fingerprint.js'

/** Ledgers are hand-edited Markdown; anything bigger is almost certainly the wrong file. */
export const MAX_LEDGER_BYTES = 10 * 1024 * 1024

export interface LoadedFile {
  /** As the user gave it; used in messages. */
  path: string
  realPath: string
  text: string
  fingerprint: FileFingerprint
}

export async function readLedgerFile(path: string): Promise<LoadedFile> {
  // Imported here: the fingerprint's hash loads node:crypto, which `check` (reading texts only) never needs.
  const {fingerprintOf} = await import('./fingerprint.js')
  const {realPath, data, stats} = readLedgerBytes(path)
  return {path, realPath, text: decodeLedger(path, data), fingerprint: fingerprintOf(data, stats)}
}

/** Only the text, as `check` needs it: no fingerprint (a SHA-256 of every file) is taken. */
export async function readLedgerText(path: string): Promise<string> {
  return decodeLedger(path, readLedgerBytes(path).data)
}

/**
 * The bytes of a ledger, with the stats taken before reading them. Synchronous calls: a ledger is
 * read whole at once, and `check` reads dozens of them, where a promise round trip for each of the
 * six calls per file costs more than the reads themselves.
 */
function readLedgerBytes(path: string): {realPath: string; data: Buffer; stats: Stats} {
  let fd: number | undefined
  try {
    const realPath = realpathSync.native(path)
    // Type and size are checked before opening, so a FIFO never blocks and a huge file is never read.
    checkStats(path, statSync(realPath))
    fd = openSync(realPath, 'r')
    const stats = fstatSync(fd)
    checkStats(path, stats)
    return {realPath, data: readFileSync(fd), stats}
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw err instanceof UserError || typeof code !== 'string' ? err : readErrorToUserError(path, code)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function checkStats(path: string, stats: {size: number; isFile(): boolean; isDirectory(): boolean}): void {
  if (stats.isDirectory()) {
    throw new UserError(`cannot read ${path}: it is a directory`, {path, hint: 'pass the ledger file itself, e.g. PLAN.md'})
  }
  if (!stats.isFile()) throw new UserError(`cannot read ${path}: not a regular file`, {path})
  if (stats.size > MAX_LEDGER_BYTES) {
    throw new UserError(
      `${path} is too large: ${stats.size} bytes (the limit is ${MAX_LEDGER_BYTES} bytes, ${MAX_LEDGER_BYTES / 1024 / 1024} MiB)`,
      {path, hint: 'check that this is the right file; a ledger that big should be split'},
    )
  }
}

const ERRNO_REASONS: Record<string, [reason: string, hint?: string]> = {
  ENOENT: ['no such file', 'check the path and the current folder'],
  EISDIR: ['it is a directory', 'pass the ledger file itself, e.g. PLAN.md'],
  EACCES: ['permission denied', "check the file's permissions (ls -l)"],
  EPERM: ['permission denied', "check the file's permissions (ls -l)"],
  ENOTDIR: ['a part of the path is not a folder'],
  ELOOP: ['too many levels of symbolic links', 'check for a symlink loop'],
  ENAMETOOLONG: ['the path is too long'],
  EIO: ['input/output error', 'check the disk or network share'],
}

/** Maps a failed fs call's errno code to a one-line UserError; exported so it is testable as root. */
export function readErrorToUserError(path: string, code: string): UserError {
  const [reason, hint] = ERRNO_REASONS[code] ?? [`error ${code}`]
  return new UserError(`cannot read ${path}: ${reason}`, {path, hint})
}

/** Decodes UTF-8 keeping any BOM, refusing binary or malformed input with the line it is on. */
export function decodeLedger(path: string, data: Uint8Array): string {
  const nul = data.indexOf(0)
  if (nul !== -1) {
    const line = lineAt(data, nul)
    throw new UserError(`${path} looks binary: NUL byte on line ${line}`, {
      path,
      line,
      hint: 'planledger reads UTF-8 text; a UTF-16 file must be re-saved as UTF-8',
    })
  }
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(data)
  } catch {
    const line = lineAt(data, firstInvalidUtf8Byte(data))
    throw new UserError(`${path} is not valid UTF-8: first bad byte on line ${line}`, {
      path,
      line,
      hint: 're-save the file as UTF-8',
    })
  }
}

/** 1-based line of byte `offset`: newlines strictly before it, plus one. */
function lineAt(data: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (data[i] === 0x0a) line++
  return line
}

/**
 * Offset where a fatal decoder first rejects `data`. Streaming prefixes are valid until the bad
 * byte, so a binary search on prefix length finds it with the decoder's own rules; only runs on error.
 */
export function firstInvalidUtf8Byte(data: Uint8Array): number {
  const prefixOk = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(data.subarray(0, n), {stream: true})
      return true
    } catch {
      return false
    }
  }
  if (prefixOk(data.length)) return truncatedTailStart(data)
  let lo = 0 // prefixOk(lo) is true
  let hi = data.length // prefixOk(hi) is false
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (prefixOk(mid)) lo = mid
    else hi = mid
  }
  return hi - 1
}

/** The whole input streams fine, so the error is an unfinished sequence at the end: find its lead byte. */
function truncatedTailStart(data: Uint8Array): number {
  let i = data.length - 1
  while (i > 0 && (data[i]! & 0xc0) === 0x80) i--
  return i
}
