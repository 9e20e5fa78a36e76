// Prints how `attempt --file` fares on each consecutive pair of real journal versions (see test/support/journal-reproduction.ts).
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {reproduceJournal} from '../test/support/journal-reproduction.js'

const folder = join(fileURLToPath(new URL('../../shared/corpus/ptychopinn/history/dose_experiments-galph_memory', import.meta.url)))
const results = reproduceJournal(folder)
for (const result of results) console.log(`${result.to.padEnd(10)} ${result.outcome}`)
const appends = results.filter((result) => result.outcome !== 'not-an-append')
const exact = results.filter((result) => result.outcome === 'exact').length
console.log(`\n${appends.length} of ${results.length} pairs append one entry; ${exact} reproduced byte for byte`)
