// Prints how `attempt` fares on each consecutive pair of real fix-plan versions (see test/support/history-reproduction.ts).
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {reproduceHistory} from '../test/support/history-reproduction.js'

const folder = join(fileURLToPath(new URL('../../shared/corpus/ptychopinn/history/dose_experiments-docs-fix_plan', import.meta.url)))
const results = reproduceHistory(folder)
for (const result of results) console.log(`${result.to.padEnd(22)} ${result.outcome.padEnd(22)} ${result.detail}`)
const appends = results.filter((result) => result.outcome !== 'not-an-append')
const tally = (outcome: string) => results.filter((result) => result.outcome === outcome).length
console.log(`\n${appends.length} of ${results.length} pairs append one entry:`)
for (const outcome of ['exact', 'exact-with-hand-edits', 'placed-elsewhere', 'content-differs']) console.log(`  ${outcome.padEnd(22)} ${tally(outcome)}`)
