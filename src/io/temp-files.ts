import {randomBytes} from 'node:crypto'
import {basename, dirname, join} from 'node:path'
import {escapeRegExp} from '../ledger/escape-regexp.js'
import {nodeFileSystem, type WriterFileSystem} from './file-system.js'
import {isProcessAlive} from './process-alive.js'

/**
 * planledger's temp files sit beside their target as `.<name>.planledger-<pid>-<hex>.tmp`, so a
 * later write can tell its own leftovers (a SIGKILLed run) from anyone else's files.
 */
export function tempPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.planledger-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Removes the temp files beside `realPath` left by planledger runs whose process is gone. A live
 * process's temp file is never touched, however old: it may be mid-write. Best effort.
 */
export function removeStaleTempFiles(realPath: string, fsys: WriterFileSystem = nodeFileSystem): void {
  const own = new RegExp(`^\\.${escapeRegExp(basename(realPath))}\\.planledger-(\\d+)-[0-9a-f]+\\.tmp$`)
  let names: string[]
  try {
    names = fsys.readdirSync(dirname(realPath))
  } catch {
    return
  }
  for (const name of names) {
    const pid = Number(own.exec(name)?.[1])
    if (!Number.isInteger(pid) || pid <= 0 || isProcessAlive(pid)) continue
    try {
      fsys.unlinkSync(join(dirname(realPath), name))
    } catch {
      // Removed by another run meanwhile, or not ours to remove: leave it.
    }
  }
}
