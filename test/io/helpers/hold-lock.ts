// Child process for the signal test: takes planledger's lock on argv[2], says so, then waits to be signalled.
import {acquireFileLock} from '../../../src/io/file-lock.js'

const file = process.argv[2]
if (!file) throw new Error('usage: hold-lock.ts <file>')
await acquireFileLock({path: file, realPath: file, waitMs: 5_000, staleMs: 10_000})
process.stdout.write('locked\n')
setInterval(() => undefined, 1_000)
