// Does `check` stay linear in its input? Runs the check use-case in-process (no process start-up in
// the numbers) over the corpus ledgers repeated 1×, 2×, 4× and 8×, in two shapes: one ledger (every
// real fix plan concatenated, then repeated) and many files (every corpus Markdown file outside
// history/, copied k times). Each copy's lines end in their own number of spaces (blank in Markdown),
// so the rules' per-line memos cannot make a repeat free: real large ledgers do not repeat. Scale 0
// (no ledger) measures what a run costs whatever its input; the last column leaves it out.
// Prints a Markdown table and writes it to bench/results/check-scaling.md.
//
//   npm run bench:check-scaling -- [--runs N] [--scales 0,1,2,4,8] [--shape one|many]
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runCheck} from '../src/app/check/check.js'
import {loadProjectConfig} from '../src/io/find-config.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = join(ROOT, '../shared/corpus')

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const RUNS = Number(option('runs', '7'))
const SCALES = option('scales', '0,1,2,4,8').split(',').map(Number)
const ONLY = option('shape', '')

function markdownUnder(folder: string, skip: (name: string) => boolean): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) {
      if (!skip(name)) found.push(...markdownUnder(path, skip))
    } else if (name.endsWith('.md')) found.push(path)
  }
  return found
}

const outsideHistory = (name: string) => name === 'history' || name.startsWith('merge-')
const corpusFiles = markdownUnder(CORPUS, outsideHistory).filter((path) => !path.endsWith('README.md'))
const fixPlans = corpusFiles.filter((path) => /fix_plan\.md$/.test(path))

/** Copy `copy` of a text: every line ends in `copy - 1` more spaces, so no two copies share a line. */
function variant(text: string, copy: number): string {
  return copy <= 1 ? text : text.replace(/(\r?\n)/g, `${' '.repeat(copy - 1)}$1`)
}

interface Shape {
  name: string
  /** Writes the input for scale k into `root`; gives the PATHS to check and the bytes checked. */
  build(root: string, k: number): {paths: string[]; bytes: number}
}

const SHAPES: Shape[] = [
  {
    name: `one ledger (${fixPlans.length} real fix plans concatenated, k times)`,
    build(root, k) {
      const once = fixPlans.map((path) => readFileSync(path, 'utf8').replace(/\s*$/, '\n')).join('\n')
      const text = Array.from({length: k}, (_, copy) => variant(once, copy + 1)).join('\n')
      mkdirSync(join(root, 'docs'), {recursive: true})
      writeFileSync(join(root, 'docs/fix_plan.md'), text)
      return {paths: [], bytes: Buffer.byteLength(text)}
    },
  },
  {
    name: `many files (${corpusFiles.length} corpus Markdown files, k copies)`,
    build(root, k) {
      const paths: string[] = []
      let bytes = 0
      for (let copy = 1; copy <= k; copy++) {
        for (const file of corpusFiles) {
          const path = join(`copy-${copy}`, relative(CORPUS, file))
          const text = variant(readFileSync(file, 'utf8'), copy)
          mkdirSync(dirname(join(root, path)), {recursive: true})
          writeFileSync(join(root, path), text)
          paths.push(path)
          bytes += Buffer.byteLength(text)
        }
      }
      return {paths, bytes}
    },
  },
]

async function timeCheck(root: string, paths: string[]): Promise<{ms: number; problems: number}> {
  const project = await loadProjectConfig(root)
  const started = process.hrtime.bigint()
  const result = await runCheck(project, {paths, staged: false, strict: false})
  return {ms: Number(process.hrtime.bigint() - started) / 1e6, problems: result.problems.length}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

const lines: string[] = [
  `# check scaling — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, median of ${RUNS} runs after 1 warm-up, in-process`,
  '',
]
for (const shape of SHAPES.filter((candidate) => ONLY === '' || candidate.name.startsWith(ONLY))) {
  lines.push(`## ${shape.name}`, '', '| scale | input | problems | median | min … max | ms per MiB | (time − 0×) per MiB | ÷ the same at 1× |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  let fixed = 0
  let perMibAt1: number | undefined
  for (const k of SCALES) {
    const root = mkdtempSync(join(tmpdir(), 'planledger-scaling-'))
    try {
      execFileSync('git', ['init', '-q'], {cwd: root})
      const {paths, bytes} = shape.build(root, k)
      let problems = 0
      await timeCheck(root, paths)
      const times: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const timed = await timeCheck(root, paths)
        times.push(timed.ms)
        problems = timed.problems
      }
      const ms = median(times)
      const range = `${format(Math.min(...times))} … ${format(Math.max(...times))}`
      if (k === 0) {
        fixed = ms
        lines.push(`| 0× | — | ${problems} | ${format(ms)} | ${range} | — | — | — |`)
      } else {
        const mib = bytes / 1024 / 1024
        const variable = (ms - fixed) / mib
        perMibAt1 ??= variable
        lines.push(`| ${k}× | ${mib.toFixed(2)} MiB | ${problems} | ${format(ms)} | ${range} | ${(ms / mib).toFixed(0)} | ${variable.toFixed(0)} | ${(variable / perMibAt1).toFixed(2)} |`)
      }
      console.error(`${shape.name}: ${k}× done`)
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  }
  lines.push('')
}
lines.push('Linear: the last column stays near 1.00 at every scale; it grows with the scale when a cost grows faster than the input.', '')
const report = lines.join('\n')
console.log(report)
mkdirSync(join(ROOT, 'bench/results'), {recursive: true})
writeFileSync(join(ROOT, 'bench/results/check-scaling.md'), report)
