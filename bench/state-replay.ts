// Replays the state changes of real fix-plan histories with `set` and prints how each pair compares (see test/support/state-replay.ts).
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {replayStateHistory, type ReplayOutcome} from '../test/support/state-replay.js'

const wild = fileURLToPath(new URL('../../shared/corpus/wild', import.meta.url))
const folders = ['Caleb-T-Owens+lore', 'jnyross+second-brain', 'SecBear+neuron']
const outcomes: ReplayOutcome[] = ['reproduced', 'differs', 'refused', 'no-flips']
const rows: string[] = []
for (const folder of folders) {
  const results = replayStateHistory(join(wild, folder, 'history'))
  for (const result of results) if (result.outcome !== 'no-flips') console.log(`${folder} ${result.to}  ${result.outcome.padEnd(10)} ${result.flips.map((flip) => `${flip.item.slice(0, 40)}: ${flip.from}→${flip.to}`).join('; ')}${result.outcome === 'reproduced' ? '' : `\n    ${result.detail.slice(0, 300)}`}`)
  const count = (outcome: ReplayOutcome) => results.filter((result) => result.outcome === outcome).length
  const withFlips = results.length - count('no-flips')
  const unmatched = results.reduce((sum, result) => sum + result.unmatched, 0)
  rows.push(`| ${folder} | ${results.length} | ${withFlips} | ${outcomes.map(count).join(' | ')} | ${withFlips === 0 ? '—' : `${Math.round((100 * count('reproduced')) / withFlips)}%`} | ${unmatched} |`)
}
console.log(`\n| history | pairs | with flips | ${outcomes.join(' | ')} | rate | new or retitled items |`)
console.log(`|---|---|---|${outcomes.map(() => '---').join('|')}|---|---|`)
for (const row of rows) console.log(row)
