#!/usr/bin/env node
// The README quick start: runs planledger on a throw-away copy of examples/demo-repo, so the
// shipped example never changes. One loop iteration: check, tick rows with evidence, append an
// attempt, link a finding, set a field (each diff shown, then applied), show, next, check again.
import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cli = join(here, '..', 'bin', 'run.js')
const work = mkdtempSync(join(tmpdir(), 'planledger-demo-'))
cpSync(join(here, 'demo-repo'), work, {recursive: true})
execFileSync('git', ['init', '-q'], {cwd: work})

// The loop's evidence for this iteration.
const reports = 'plans/active/CLI-PARSER-001/reports/2026-11-20'
mkdirSync(join(work, reports), {recursive: true})
writeFileSync(join(work, reports, 'tokenizer_tests.log'), '58 passed in 0.42s\n')

function planledger(...args) {
  console.log(`\n$ planledger ${args.map((arg) => (/\s/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`)
  execFileSync(process.execPath, [cli, ...args], {cwd: work, stdio: ['ignore', 'inherit', 'inherit']})
}

function check() {
  planledger('check')
  // execFileSync throws on a non-zero exit, so reaching here means no errors; a clean check prints nothing.
  console.log('(exit 0: no errors)')
}

console.log(`Demo repository copied to ${work}`)
check()
planledger('next')
planledger('tick', 'CLI-PARSER-001', 'B1-B2', '--artifact', `${reports}/tokenizer_tests.log`, '--note', 'Tokenizer rewritten; errors name the flag', '--date', '2026-11-20', '--yes')
planledger(
  'attempt', 'CLI-PARSER-001',
  '--body', 'Phase B1–B2 complete: tokenizer rewritten, one-line errors.\nNext Actions: Phase B3 fuzzing.',
  '--finding', 'ERRORS-001', '--artifact', `${reports}/tokenizer_tests.log`, '--date', '2026-11-20', '--yes',
)
planledger('link', 'CLI-PARSER-001:B1', '--finding', 'ERRORS-001', '--yes')
planledger('set', 'DOCS-REFRESH-002', 'Priority=Medium', '--date', '2026-11-20', '--yes')
planledger('show', 'CLI-PARSER-001')
planledger('next')
check()
console.log(`\nThe edited copy is in ${work}; examples/demo-repo is unchanged.`)
