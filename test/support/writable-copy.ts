import {chmodSync, cpSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/**
 * Copies corpus files for a test to edit. The shared corpus may be read-only (0444), and planledger
 * refuses to replace a read-only ledger, so the copies get their owner's write bit.
 */
export function copyWritable(from: string, to: string): void {
  cpSync(from, to, {recursive: true})
  addOwnerWrite(to)
}

function addOwnerWrite(path: string): void {
  const stats = statSync(path)
  chmodSync(path, stats.mode | 0o200)
  if (stats.isDirectory()) for (const name of readdirSync(path)) addOwnerWrite(join(path, name))
}
