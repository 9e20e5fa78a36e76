// Every report `check --json` makes on the corpus, one JSON line each (docs/check-precision.md labels them):
// per repository (ptychopinn/dose_experiments, ptychopinn/main, wild/*) its default check, then every .md
// file outside history/ as PATHS; the neuron merge as `git merge-file` leaves it; and `check --since HEAD`
// over each consecutive pair of versions under history/, committed in a temporary git repository.
// A report seen twice (same file, line, rule and message) is kept once. Prints the count per run and rule.
//
// The corpus is PLANLEDGER_CORPUS when set, else ../shared/corpus, as for the tests. A check run that does
// not answer in JSON is named on stderr and makes the script exit 1 without writing OUT (a partial list
// would pass for a complete one).
//
//   npm run build && node scripts/corpus-reports.mjs [BIN] [OUT.jsonl]   (about 1.5 min)
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = resolve(process.argv[2] ?? join(ROOT, 'bin/run.js'))
const OUT = process.argv[3] ?? join(ROOT, 'bench/results/corpus-reports.jsonl')
const CORPUS = corpusFolder(process.env.PLANLEDGER_CORPUS)

const reports = []
const seen = new Set()
let unanswered = 0

/** The corpus folder: PLANLEDGER_CORPUS when set (`none` means there is none), else ../shared/corpus; exits 2 when there is none. */
function corpusFolder(chosen) {
  const folder = chosen === undefined || chosen === '' ? join(ROOT, '../shared/corpus') : chosen === 'none' ? undefined : resolve(chosen)
  if (folder === undefined || !existsSync(folder)) {
    console.error(folder === undefined ? 'PLANLEDGER_CORPUS=none: no corpus to report on' : `no corpus at ${folder} (set PLANLEDGER_CORPUS to its folder)`)
    process.exit(2)
  }
  return folder
}

function check(cwd, args) {
  const run = spawnSync(process.execPath, [BIN, 'check', '--json', ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  try {
    return JSON.parse(run.stdout).problems
  } catch {
    console.error(`check did not answer in JSON in ${cwd} (exit ${run.status}): ${run.stderr.slice(0, 300)}`)
    unanswered++
    return []
  }
}

function keep(run, file, problem) {
  const key = `${file}|${problem.line}|${problem.rule}|${problem.message}`
  if (seen.has(key)) return
  seen.add(key)
  const {line, column, severity, rule, message, hint} = problem
  reports.push({run, file, line, column, severity, rule, message, hint: hint ?? null})
}

function markdownUnder(folder) {
  const found = []
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (!statSync(path).isDirectory()) {
      if (name.endsWith('.md')) found.push(path)
    } else if (name !== 'history' && !name.startsWith('merge-')) found.push(...markdownUnder(path))
  }
  return found
}

function git(cwd, ...args) {
  execFileSync('git', ['-c', 'user.name=corpus', '-c', 'user.email=corpus@example.com', '-c', 'core.autocrlf=false', ...args], {cwd, stdio: 'pipe'})
}

// Each repository as a user would check it, then every ledger-like file in it.
const wild = readdirSync(join(CORPUS, 'wild')).map((name) => join(CORPUS, 'wild', name))
for (const repo of [join(CORPUS, 'ptychopinn/dose_experiments'), join(CORPUS, 'ptychopinn/main'), ...wild]) {
  for (const problem of check(repo, [])) keep('default', relative(CORPUS, join(repo, problem.path)), problem)
  const files = markdownUnder(repo).map((file) => relative(repo, file))
  for (const problem of check(repo, files)) keep('all-md', relative(CORPUS, join(repo, problem.path)), problem)
}

// The neuron merge: ours merged with theirs over base, as `git merge` would leave the fix plan, beside the four real files.
{
  const merge = join(CORPUS, 'wild/SecBear+neuron/merge-f1c45d9aa5')
  const temp = mkdtempSync(join(tmpdir(), 'corpus-merge-'))
  for (const name of ['base.md', 'ours.md', 'theirs.md', 'resolved.md']) copyFileSync(join(merge, name), join(temp, name))
  copyFileSync(join(merge, 'ours.md'), join(temp, 'fix_plan.md'))
  spawnSync('git', ['merge-file', join(temp, 'fix_plan.md'), join(temp, 'base.md'), join(temp, 'theirs.md')])
  for (const problem of check(temp, ['fix_plan.md', 'base.md', 'ours.md', 'theirs.md', 'resolved.md'])) {
    const file = problem.path === 'fix_plan.md' ? '(git merge-file ours base theirs)' : problem.path
    keep('merge', `wild/SecBear+neuron/merge-f1c45d9aa5/${file}`, problem)
  }
  rmSync(temp, {recursive: true})
}

// Consecutive versions: each committed, the next written over it and checked against it.
const HISTORIES = [
  ['ptychopinn/history/dose_experiments-docs-fix_plan', 'docs/fix_plan.md'],
  ['ptychopinn/history/dose_experiments-galph_memory', 'galph_memory.md'],
  ['wild/Caleb-T-Owens+lore/history', 'fix_plan.md'],
  ['wild/jnyross+second-brain/history', '@fix_plan.md'],
  ['wild/SecBear+neuron/history', 'fix_plan.md'],
]
for (const [folder, target] of HISTORIES) {
  const versions = readdirSync(join(CORPUS, folder)).filter((name) => name.endsWith('.md')).sort()
  const temp = mkdtempSync(join(tmpdir(), 'corpus-history-'))
  git(temp, 'init', '-q')
  mkdirSync(dirname(join(temp, target)), {recursive: true})
  versions.forEach((version, index) => {
    copyFileSync(join(CORPUS, folder, version), join(temp, target))
    if (index > 0) {
      for (const problem of check(temp, ['--since', 'HEAD'])) {
        keep('since', problem.path === target ? `${folder}/${version}` : `${folder}/${version}::${problem.path}`, problem)
      }
    }
    git(temp, 'add', '-A')
    git(temp, 'commit', '-qm', version)
  })
  rmSync(temp, {recursive: true})
}

if (unanswered > 0) {
  console.error(`${unanswered} check run(s) did not answer in JSON: ${OUT} left as it was`)
  process.exit(1)
}

mkdirSync(dirname(OUT), {recursive: true})
writeFileSync(OUT, reports.map((report) => JSON.stringify(report)).join('\n') + '\n')
const counts = {}
for (const {run, rule, severity} of reports) counts[`${run} ${rule}:${severity}`] = (counts[`${run} ${rule}:${severity}`] ?? 0) + 1
console.log(counts)
console.log(`${reports.length} reports written to ${OUT}`)
