// Replays the other edits of real fix-plan histories (header, field, attempt --amend, set Status) and prints how each compares (see test/support/ops-replay.ts).
import {fileURLToPath} from 'node:url'
import {OPERATION_KINDS} from '../test/support/ops-diff.js'
import {OP_OUTCOMES, replayOperations} from '../test/support/ops-replay.js'

const corpus = (path: string) => fileURLToPath(new URL(`../../shared/corpus/${path}`, import.meta.url))
const HISTORIES: Array<[string, string]> = [
  ['ptychopinn fix_plan', 'ptychopinn/history/dose_experiments-docs-fix_plan'],
  ['lore', 'wild/Caleb-T-Owens+lore/history'],
  ['second-brain', 'wild/jnyross+second-brain/history'],
  ['neuron', 'wild/SecBear+neuron/history'],
]
const verbose = process.argv.includes('--verbose')
const rows: string[] = []
for (const [name, path] of HISTORIES) {
  const results = replayOperations(corpus(path))
  for (const result of results) {
    if (verbose && result.outcome !== 'reproduced') console.log(`${name} ${result.to} ${result.operation.kind} ${'item' in result.operation ? result.operation.item.slice(0, 40) : 'key' in result.operation ? result.operation.key : ''} ${result.outcome}\n    ${result.detail.slice(0, 400)}`)
  }
  for (const kind of OPERATION_KINDS) {
    const mine = results.filter((result) => result.operation.kind === kind)
    if (mine.length === 0) continue
    const counts = OP_OUTCOMES.map((outcome) => mine.filter((result) => result.outcome === outcome).length)
    rows.push(`| ${name} | ${kind} | ${mine.length} | ${counts.join(' | ')} |`)
  }
}
console.log(`\n| history | operation | count | ${OP_OUTCOMES.join(' | ')} |`)
console.log(`|---|---|---|${OP_OUTCOMES.map(() => '---').join('|')}|`)
for (const row of rows) console.log(row)
