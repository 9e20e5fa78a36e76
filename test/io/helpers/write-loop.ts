// Child process for the kill test: flips the ledger between A and B forever until SIGKILLed.
import {writeLedgerFile} from '../../../src/io/locked-write.js'
import {readLedgerFile} from '../../../src/io/read-ledger.js'
import {CONTENT_A, CONTENT_B} from './kill-contents.js'

const file = process.argv[2]
if (!file) throw new Error('usage: write-loop.ts <ledger>')

for (let writes = 1; ; writes++) {
  // Re-read each time so the fingerprint matches what is on disk.
  const loaded = await readLedgerFile(file)
  await writeLedgerFile(loaded, loaded.text === CONTENT_A ? CONTENT_B : CONTENT_A, {lockWaitMs: 10_000, staleLockMs: 2_000})
  if (writes === 1) process.stdout.write('ready\n')
}
