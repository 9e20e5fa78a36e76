import {mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {WriteRefusedError} from '../errors.js'
import {cleanUpOnInterrupt} from './interrupt-cleanup.js'
import {isProcessAlive} from './process-alive.js'

/**
 * The per-file lock every planledger writer takes: a folder `<file>.lock` (mkdir is atomic) holding
 * one file `owner.<pid>.<random>` whose text is the host name. A lock whose owner is a dead process
 * on this host is taken over at once; one we cannot judge (no owner file, another host) only once its
 * folder is older than staleMs. A live local owner is always waited for: planledger never holds a
 * lock while waiting for a person.
 *
 * Locks are re-entrant within the process: the apply step locks every file it will write, and the
 * writer then asks for the same lock again and gets the held one.
 */

export interface LockRequest {
  /** As the user gave it; used in messages. */
  path: string
  realPath: string
  waitMs: number
  /** A lock we cannot judge by its owner is taken over once its folder is this old. */
  staleMs: number
}

export interface HeldLock {
  /** Throws when the lock is no longer ours (taken over as stale); then we must not write. */
  assertHeld(): void
  /** Never throws: a lock we cannot remove is taken over by the next run (its owner is dead). */
  release(): Promise<void>
}

/** How long a writer queues for the lock: enough for ~50 planledger writers ahead on a busy 2-core machine (each holds it ~0.1–0.5 s). */
const DEFAULT_LOCK_WAIT_MS = 60_000
/** Age after which a lock without a judgeable owner (another host, or a crash between mkdir and the owner file) is taken over. */
const DEFAULT_STALE_LOCK_MS = 10_000

const OWNER_PREFIX = 'owner.'

/** The wait and stale times of a lock request: the caller's, else the defaults above. */
export function lockTimes(options: {lockWaitMs?: number; staleLockMs?: number}): {waitMs: number; staleMs: number} {
  return {waitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, staleMs: options.staleLockMs ?? DEFAULT_STALE_LOCK_MS}
}

function lockPathFor(realPath: string): string {
  return `${realPath}.lock`
}

interface Entry {
  count: number
  ownerFile: string
  forgetInterrupt: () => void
}

const held = new Map<string, Entry>()

/** Takes the per-file lock, polling with jittered backoff until waitMs; other fs errors are thrown as-is. */
export async function acquireFileLock(request: LockRequest): Promise<HeldLock> {
  const {path, realPath, waitMs, staleMs} = request
  const lockDir = lockPathFor(realPath)
  const deadline = Date.now() + waitMs
  let delay = 5
  while (!held.has(realPath)) {
    if (tryCreate(realPath, lockDir) || takeOverIfAbandoned(lockDir, staleMs)) continue
    const left = deadline - Date.now()
    if (left <= 0) throw lockedError(path, lockDir, waitMs)
    // Jitter, so queued writers do not poll in step; capped low so a freed lock is soon noticed.
    await sleep(Math.min(delay * (0.5 + Math.random()), left))
    delay = Math.min(delay * 2, 100)
  }
  const entry = held.get(realPath)!
  entry.count++
  let released = false
  return {
    assertHeld: () => {
      if (!ownerFileExists(entry.ownerFile)) throw lostLockError(path)
    },
    release: async () => {
      if (released) return
      released = true
      if (--entry.count > 0) return
      held.delete(realPath)
      entry.forgetInterrupt()
      removeLock(lockDir, entry.ownerFile)
    },
  }
}

/** mkdir the lock folder and sign it; false when it exists. */
function tryCreate(realPath: string, lockDir: string): boolean {
  try {
    mkdirSync(lockDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  const ownerFile = join(lockDir, `${OWNER_PREFIX}${process.pid}.${Math.random().toString(36).slice(2, 10)}`)
  try {
    writeFileSync(ownerFile, `${hostname()}\n`)
  } catch (error) {
    removeLock(lockDir, ownerFile)
    throw error
  }
  const forgetInterrupt = cleanUpOnInterrupt(() => removeLock(lockDir, ownerFile))
  held.set(realPath, {count: 0, ownerFile, forgetInterrupt})
  return true
}

/**
 * Removes a lock left by a dead process; true when the caller should try to take it right away.
 * The dead owner's file is unlinked by its exact name first: of several processes racing to take the
 * same lock over, only one succeeds, and none can remove a lock someone has just taken.
 */
function takeOverIfAbandoned(lockDir: string, staleMs: number): boolean {
  try {
    const owner = readdirSync(lockDir).find((name) => name.startsWith(OWNER_PREFIX))
    if (owner === undefined) {
      if (Date.now() - statSync(lockDir).mtimeMs <= staleMs) return false
      rmdirSync(lockDir)
      return true
    }
    const ownerFile = join(lockDir, owner)
    if (!ownerIsGone(ownerFile, owner, staleMs)) return false
    unlinkSync(ownerFile)
    rmdirSync(lockDir)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Released or taken over by someone else meanwhile: try again at once.
    if (code === 'ENOENT') return true
    // Something else is inside (a lock just taken, or files not ours): wait like for any held lock.
    if (code === 'ENOTEMPTY') return false
    throw error
  }
}

function ownerIsGone(ownerFile: string, name: string, staleMs: number): boolean {
  const pid = Number(name.slice(OWNER_PREFIX.length).split('.')[0])
  const host = readFileSync(ownerFile, 'utf8').trim()
  if (host === hostname() && Number.isInteger(pid) && pid > 0) return !isProcessAlive(pid)
  return Date.now() - statSync(ownerFile).mtimeMs > staleMs
}

function ownerFileExists(ownerFile: string): boolean {
  try {
    statSync(ownerFile)
    return true
  } catch {
    return false
  }
}

/** Synchronous, so it also runs from a signal handler. */
function removeLock(lockDir: string, ownerFile: string): void {
  try {
    unlinkSync(ownerFile)
    rmdirSync(lockDir)
  } catch {
    // Already taken over, or not removable: a lock without a live owner is taken over by the next run.
  }
}

function lockedError(path: string, lockDir: string, waitMs: number): WriteRefusedError {
  return new WriteRefusedError(`${path} is locked by another planledger process (waited ${seconds(waitMs)} s)`, {
    path,
    hint: `wait for it to finish, then re-run; a lock whose process has ended is taken over at once (if none is running, remove ${lockDir})`,
  })
}

function lostLockError(path: string): WriteRefusedError {
  return new WriteRefusedError(`${path}: planledger's lock was taken over by another process; nothing written`, {
    path,
    hint: 're-run the command; a run stalled longer than the lock timeout',
  })
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}
