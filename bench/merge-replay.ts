// Conflicts left on synthesised and real ledger merges (bench/merge-scenarios.ts): by `git merge-file`
// (what git does without a driver) and by planledger's merge driver, per scenario kind. Not in npm test.
//   npm run merge-replay [-- --verbose]
// Writes the table to bench/results/merge-replay.md too (git-ignored).
import {mkdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {mergeLedgerTexts} from '../src/edit/merge/merge-ledger-texts.js'
import {gitMergeFile} from './git-merge-file.js'
import {buildMergeScenarios, SCENARIO_KINDS, type MergeScenario} from './merge-scenarios.js'

const MARKER_SIZE = 7

interface Row {
  scenario: MergeScenario
  git: number
  driver: {conflicts: number; lost: number} | {error: string}
}

const verbose = process.argv.includes('--verbose')
const corpus = fileURLToPath(new URL('../../shared/corpus', import.meta.url))
const rows: Row[] = buildMergeScenarios(corpus).map((scenario) => ({
  scenario,
  git: gitMergeFile(scenario.ours, scenario.base, scenario.theirs, MARKER_SIZE).conflicts,
  driver: runDriver(scenario),
}))

const lines = [
  '| kind | merges | git merge-file: conflicted | hunks | driver: conflicted | hunks | lines lost | errors |',
  '|---|---|---|---|---|---|---|---|',
  ...[...SCENARIO_KINDS, 'all' as const].map((kind) => summary(kind, rows.filter((row) => kind === 'all' || row.scenario.kind === kind))),
  '',
  '"conflicted": merges left with at least one conflict; "hunks": conflict blocks in all of them; "lines lost": lines one side added or changed (not blank, not in the base) found nowhere in the driver\'s result. An upper bound: a line the merge rewrites on purpose (Last Updated = the later date, a renumbered attempt) counts too; --verbose shows each merge.',
]
if (verbose) {
  lines.push('', '| scenario | git hunks | driver |', '|---|---|---|')
  for (const row of rows) lines.push(`| ${row.scenario.name} | ${row.git} | ${describeDriver(row)} |`)
}
const report = lines.join('\n')
console.log(report)
mkdirSync(fileURLToPath(new URL('results', import.meta.url)), {recursive: true})
writeFileSync(fileURLToPath(new URL('results/merge-replay.md', import.meta.url)), `${report}\n`)

function summary(kind: string, mine: Row[]): string {
  if (mine.length === 0) return `| ${kind} | 0 | | | | | | |`
  const gitConflicted = mine.filter((row) => row.git > 0).length
  const gitHunks = mine.reduce((sum, row) => sum + row.git, 0)
  const ran = mine.flatMap((row) => ('conflicts' in row.driver ? [row.driver] : []))
  const conflicted = ran.filter((result) => result.conflicts > 0).length
  const hunks = ran.reduce((sum, result) => sum + result.conflicts, 0)
  const lost = ran.reduce((sum, result) => sum + result.lost, 0)
  return `| ${kind} | ${mine.length} | ${gitConflicted} | ${gitHunks} | ${conflicted} | ${hunks} | ${lost} | ${mine.length - ran.length} |`
}

function describeDriver(row: Row): string {
  if ('error' in row.driver) return `error: ${row.driver.error.replaceAll('|', '\\|').slice(0, 120)}`
  return `${row.driver.conflicts} hunks${row.driver.lost > 0 ? `, ${row.driver.lost} lines lost` : ''}`
}

function runDriver(scenario: MergeScenario): Row['driver'] {
  try {
    const {text, conflicts} = mergeLedgerTexts({base: scenario.base, ours: scenario.ours, theirs: scenario.theirs, path: scenario.path, markerSize: MARKER_SIZE})
    return {conflicts, lost: lostLines(scenario, text)}
  } catch (error) {
    return {error: (error as Error).message.split('\n')[0]}
  }
}

/** Lines either side added (not blank, not in the base) that the merged text does not hold anywhere. */
function lostLines(scenario: MergeScenario, merged: string): number {
  const lines = (text: string) => new Set(text.split(/\r?\n/).filter((line) => line.trim() !== ''))
  const base = lines(scenario.base)
  const result = lines(merged)
  const added = new Set([...lines(scenario.ours), ...lines(scenario.theirs)].filter((line) => !base.has(line)))
  return [...added].filter((line) => !result.has(line)).length
}
