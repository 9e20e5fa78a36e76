import fs from 'node:fs'
import {hostname} from 'node:os'

/**
 * Holds the lock of `realPath` the way another live planledger process on this host does: the lock
 * folder signed by this test's parent process (alive, and not us). Call the result to release it.
 */
export function holdLockAsOtherProcess(realPath: string): () => Promise<void> {
  const lockDir = `${realPath}.lock`
  fs.mkdirSync(lockDir)
  fs.writeFileSync(`${lockDir}/owner.${process.ppid}.abc`, `${hostname()}\n`)
  return async () => fs.rmSync(lockDir, {recursive: true, force: true})
}
