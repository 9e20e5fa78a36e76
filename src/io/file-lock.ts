import {lock} from 'proper-lockfile'
import {setTimeout as sleep} from 'node:timers/promises'
import {WriteRefusedError} from '../errors.js'

export interface LockRequest {
  /** As the user gave it; used in messages. */
  path: string
  realPath: string
  waitMs: number
  /** A lock folder untouched this long is from a crashed process and may be taken over. */
  staleMs: number
}

export interface HeldLock {
  /** Set when another process took the lock over (we stalled past staleMs); then we must not write. */
  lost(): Error | undefined
  /** Never throws: a lock we cannot remove expires by itself after staleMs. */
  release(): Promise<void>
}

export function lockPathFor(realPath: string): string {
  return `${realPath}.lock`
}

/** Takes the per-file lock, retrying with backoff until waitMs; other fs errors are thrown as-is. */
export async function acquireFileLock(request: LockRequest): Promise<HeldLock> {
  const {path, realPath, waitMs, staleMs} = request
  const lockfilePath = lockPathFor(realPath)
  const deadline = Date.now() + waitMs
  let lostWith: Error | undefined
  let delay = 20
  for (;;) {
    try {
      const release = await lock(realPath, {
        realpath: false,
        lockfilePath,
        stale: staleMs,
        retries: 0,
        onCompromised: (err) => (lostWith = err),
      })
      return {
        lost: () => lostWith,
        release: () => release().catch(() => undefined),
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new WriteRefusedError(`${path} is locked by another planledger process (waited ${seconds(waitMs)} s)`, {
          path,
          hint: `wait for it to finish, then re-run; a lock left by a crashed run (${lockfilePath}) expires after ${seconds(staleMs)} s`,
        })
      }
      await sleep(Math.min(delay, left))
      delay = Math.min(delay * 2, 500)
    }
  }
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}
