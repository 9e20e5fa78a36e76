/**
 * Undo work on Ctrl-C or `kill`: while planledger holds a lock or has a temp file open, SIGINT and
 * SIGTERM first run the registered cleanups (synchronously: release the lock, remove the temp file),
 * then re-raise the signal so the process still ends the way the signal means (exit 130 / 143 from a
 * shell). The handlers exist only while something is registered, so a run that holds nothing keeps
 * Node's default behaviour. SIGKILL cannot be caught: what it leaves is cleaned up by the next write
 * (dead-owner locks, stale temp files).
 */

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
const cleanups = new Set<() => void>()

function onSignal(signal: NodeJS.Signals): void {
  runAll()
  uninstall()
  // Re-raised with no handler of ours left, so the default action ends the process.
  process.kill(process.pid, signal)
}

function runAll(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup()
    } catch {
      // Best effort: the next write removes what is left (dead-owner lock, stale temp file).
    }
  }
  cleanups.clear()
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal)
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal)
}

/** Registers a synchronous cleanup to run if the process is interrupted; call the result once done. */
export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) install()
  cleanups.add(cleanup)
  return () => {
    if (!cleanups.delete(cleanup)) return
    if (cleanups.size === 0) uninstall()
  }
}
