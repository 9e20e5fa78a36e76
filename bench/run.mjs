#!/usr/bin/env node
// Side-by-side benchmark: planledger's line scanner vs remark/mdast, and whole-process wall time.
// Not part of `npm test`. Run after a build:  npm run build && node bench/run.mjs [--runs N]
// See bench/README.md for what is measured and how to read the numbers.
//
// The same file is also the worker that does the in-process parsing (see `workerMain`): each
// (file, parser) case runs in a fresh worker thread, so both parsers start equally cold, the first
// (cold) run can be reported, and a runaway mdast parse can be stopped at the time cap.

import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'

const SELF = fileURLToPath(import.meta.url)
const REPO = resolve(dirname(SELF), '..')
const CORPUS = resolve(REPO, '../shared/corpus')
const DIST_LEDGER = join(REPO, 'dist/src/ledger')
/** The compiled readers the benchmark loads, by where they live under dist/src/ledger. */
const LEDGER_MODULES = {document: 'document', scan: 'scan', plan: 'plan/plan', 'fix-plan': 'fix-plan/fix-plan', findings: 'findings/findings'}
const ledgerModule = (name) => join(DIST_LEDGER, `${LEDGER_MODULES[name]}.js`)
const BIN = join(REPO, 'bin/run.js')
/** In-process warm-up lasts at least this long (and at least --warmup runs). */
const WARMUP_MIN_NS = 1_000_000_000n
/** Attempts in the one item of each generated fix plan: the 200,000 of issue 9 fit under the 10 MiB limit. */
const SCALE_ATTEMPTS = [50_000, 100_000, 200_000]
/** Whole `check` runs take seconds on these files: fewer runs than the other tables. */
const SCALE_MAX_RUNS = 5

if (isMainThread) await main()
else await workerMain(workerData)

// ------------------------------------------------------------------------------------ options

function parseArgs(argv) {
  const options = {runs: 15, warmup: 3, capSeconds: 20, only: 'all', hyperfine: true, saveSynthetic: undefined, out: join(REPO, 'bench/results/latest.md')}
  const number = (flag, value, min) => {
    const parsed = Number(value)
    if (!Number.isInteger(parsed) || parsed < min) usage(`${flag} needs an integer >= ${min}, got ${value ?? 'nothing'}`)
    return parsed
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--runs' || flag === '-n') options.runs = number(flag, value(), 1)
    else if (flag === '--warmup' || flag === '-w') options.warmup = number(flag, value(), 0)
    else if (flag === '--cap') options.capSeconds = number(flag, value(), 1)
    else if (flag === '--only') {
      options.only = value()
      if (!['all', 'parse', 'process', 'scale'].includes(options.only)) usage(`--only takes parse|process|scale, got ${options.only}`)
    } else if (flag === '--no-hyperfine') options.hyperfine = false
    else if (flag === '--out') options.out = resolve(value())
    else if (flag === '--save-synthetic') options.saveSynthetic = resolve(value())
    else if (flag === '--help' || flag === '-h') usage()
    else usage(`unknown option ${argv[i]}`)
  }
  return options
}

function usage(error) {
  const text = `usage: node bench/run.mjs [--runs N] [--warmup N] [--cap SECONDS] [--only parse|process|scale] [--no-hyperfine] [--out FILE] [--save-synthetic FILE]

  --runs N       measured runs per case (default 15); the table shows median and min … max
  --warmup N     unmeasured runs first (default 3)
  --cap S        stop a case's mdast runs once one run takes longer than S seconds (default 20)
  --only X       only the in-process parse table, the whole-process table, or the large-ledger scaling table
  --no-hyperfine do not add hyperfine's numbers even when hyperfine is on PATH
  --out FILE     where the Markdown report goes (default bench/results/latest.md)
  --save-synthetic FILE  also keep a copy of the generated 400 KB synthetic fix plan`
  if (error) {
    console.error(`bench: ${error}\n\n${text}`)
    process.exit(2)
  }
  console.log(text)
  process.exit(0)
}

// ------------------------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const missing = ['scan', 'document', 'plan', 'fix-plan', 'findings'].filter((name) => !existsSync(ledgerModule(name)))
  if (missing.length > 0 || !existsSync(BIN)) {
    console.error(`bench: compiled code missing (${missing.map((name) => `dist/src/ledger/${LEDGER_MODULES[name]}.js`).join(', ') || 'bin/run.js'}); run \`npm run build\` first`)
    process.exit(2)
  }
  if (!existsSync(CORPUS) && options.only !== 'scale') {
    console.error(`bench: corpus not found at ${CORPUS}`)
    process.exit(2)
  }

  const temp = mkdtempSync(join(tmpdir(), 'planledger-bench-'))
  const cleanup = () => rmSync(temp, {recursive: true, force: true})
  process.on('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  const sections = [header(options)]
  try {
    if (options.only === 'all' || options.only === 'parse') sections.push(await parseSection(options, temp))
    if (options.only === 'all' || options.only === 'process') sections.push(processSection(options, temp))
    if (options.only === 'all' || options.only === 'scale') sections.push(await scaleSection(options, temp))
  } finally {
    cleanup()
  }

  const report = sections.join('\n\n') + '\n'
  mkdirSync(dirname(options.out), {recursive: true})
  writeFileSync(options.out, report)
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
  console.log(`\n${report}`)
  console.error(`bench: report written to ${relative(process.cwd(), options.out) || options.out}`)
}

function header(options) {
  const cpu = cpus()
  const model = cpu[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU'
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  return [
    '# planledger benchmark',
    '',
    `${when} · Node ${process.version} · ${process.platform}-${process.arch} · ${cpu.length} × ${model} · load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `${options.runs} measured runs per case after ${options.warmup} warm-up runs; medians, with min … max. ` +
      `mdast cap: ${options.capSeconds} s per run.`,
  ].join('\n')
}

// ------------------------------------------------------------------------------------ 1. in-process parse

async function parseSection(options, temp) {
  const synthetic = join(temp, 'synthetic-fix_plan.md')
  const syntheticStats = writeSyntheticFixPlan(synthetic, 400 * 1024)
  if (options.saveSynthetic) cpSync(synthetic, options.saveSynthetic)
  const cases = [
    {label: 'ptychopinn/dose_experiments/docs/fix_plan.md', path: join(CORPUS, 'ptychopinn/dose_experiments/docs/fix_plan.md'), kind: 'fixPlan'},
    {label: 'ptychopinn/main/docs/findings.md', path: join(CORPUS, 'ptychopinn/main/docs/findings.md'), kind: 'findings'},
    {label: 'seed-scenario/…/TEST-PYTORCH-001/implementation.md', path: join(CORPUS, 'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md'), kind: 'plan'},
    {label: `synthetic fix_plan.md (${syntheticStats.items} items × ${syntheticStats.attempts} attempts)`, path: synthetic, kind: 'fixPlan'},
  ]
  const capNs = BigInt(options.capSeconds) * 1_000_000_000n
  const rows = []
  for (const testCase of cases) {
    if (!existsSync(testCase.path)) {
      rows.push({testCase, error: 'file not found'})
      continue
    }
    const text = readFileSync(testCase.path, 'utf8')
    testCase.size = Buffer.byteLength(text)
    testCase.lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    progress(`parse: ${testCase.label} — planledger`)
    const planledger = await measureInWorker({side: 'planledger', ...testCase, runs: options.runs, warmup: options.warmup}, null)
    progress(`parse: ${testCase.label} — mdast`)
    const mdast = await measureInWorker({side: 'mdast', ...testCase, runs: options.runs, warmup: options.warmup}, capNs)
    rows.push({testCase, planledger, mdast})
  }

  const capText = `> ${options.capSeconds} s`
  const lines = [
    '## 1. In-process parse cost per file',
    '',
    'planledger = `createDocument` + `scanDocument` + the reader for the file (`readFixPlan` / `readFindings` / `readPlan`); ' +
      'mdast = `fromMarkdown(text, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})`. ' +
      'Text already in memory; each parser in a fresh worker thread, warmed up for at least ' + options.warmup + ' runs and 1 s before measuring. ' +
      '"cold" is the very first call in that thread (includes JIT warm-up), which is what a one-shot CLI process pays.',
    '',
    '| file | size | lines | planledger median | min … max | cold | of which scan | mdast median | min … max | cold | mdast ÷ planledger |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  const notes = []
  for (const {testCase, planledger, mdast, error} of rows) {
    const head = `| ${testCase.label} | ${testCase.size ? formatBytes(testCase.size) : '—'} | ${testCase.lines ?? '—'} |`
    if (error) {
      lines.push(`${head} n/a (${error}) | | | | | | | |`)
      continue
    }
    const ours = sideCells(planledger, capText)
    const theirs = sideCells(mdast, capText)
    const scan = planledger.ok && planledger.scan.length > 0 ? formatNs(median(planledger.scan)) : '—'
    lines.push(`${head} ${ours.median} | ${ours.range} | ${ours.cold} | ${scan} | ${theirs.median} | ${theirs.range} | ${theirs.cold} | ${ratio(planledger, mdast, capNs)} |`)
    const what = [planledger.info && `planledger read ${planledger.info}`, mdast.info && `mdast built ${mdast.info}`].filter(Boolean).join('; ')
    if (what) notes.push(`- ${testCase.label}: ${what}.`)
    if (mdast.capped) notes.push(`- ${testCase.label}: mdast stopped after ${mdast.times.length} measured run(s) (${mdast.capped}).`)
  }
  if (notes.length > 0) lines.push('', ...notes)
  return lines.join('\n')
}

function sideCells(result, capText) {
  if (!result.ok) return {median: `n/a (${result.error})`, range: '—', cold: '—'}
  const cold = result.cold === undefined ? capText : formatNs(result.cold)
  if (result.times.length === 0) return {median: capText, range: '—', cold}
  // A capped case reports what it measured, but its median is at least the cap.
  const med = result.capped ? capText : formatNs(median(result.times))
  return {median: med, range: `${formatNs(min(result.times))} … ${result.capped ? capText : formatNs(max(result.times))}`, cold}
}

function ratio(planledger, mdast, capNs) {
  if (!planledger.ok || !mdast.ok || planledger.times.length === 0) return '—'
  const ours = median(planledger.times)
  if (mdast.capped || mdast.times.length === 0) return `> ${formatRatio(Number(capNs) / ours)}`
  return formatRatio(median(mdast.times) / ours)
}

/**
 * Runs one (file, parser) case in a fresh worker. With `capNs`, the worker is terminated when no run
 * has finished within the cap (a run cannot be interrupted in-thread), and the case is marked capped.
 */
function measureInWorker(data, capNs) {
  return new Promise((resolvePromise) => {
    const result = {ok: true, times: [], scan: [], cold: undefined, info: undefined, capped: undefined, error: undefined}
    const worker = new Worker(SELF, {workerData: {...data, capNs: capNs === null ? null : String(capNs)}})
    let timer
    let settled = false
    const finish = (patch) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      Object.assign(result, patch)
      void worker.terminate()
      resolvePromise(result)
    }
    const arm = () => {
      if (capNs === null) return
      clearTimeout(timer)
      timer = setTimeout(() => finish({capped: `a run exceeded ${Number(capNs) / 1e9} s and was stopped`}), Number(capNs / 1_000_000n))
    }
    worker.on('message', (message) => {
      if (message.type === 'ready') arm()
      else if (message.type === 'run') {
        const ns = Number(message.ns)
        if (result.cold === undefined) result.cold = ns
        if (!message.warmup) {
          result.times.push(ns)
          if (message.scanNs !== undefined) result.scan.push(Number(message.scanNs))
        }
        if (capNs !== null && BigInt(message.ns) > capNs) finish({capped: `a run took ${formatNs(ns)}`})
        else arm()
      } else if (message.type === 'done') finish({info: message.info})
      else if (message.type === 'error') finish({ok: false, error: message.error})
    })
    worker.on('error', (error) => finish({ok: false, error: oneLine(error?.message ?? String(error))}))
    worker.on('exit', (code) => finish(code === 0 ? {} : {ok: false, error: `worker exit code ${code}`}))
  })
}

async function workerMain({side, path, kind, runs, warmup}) {
  try {
    const text = readFileSync(path, 'utf8')
    let parse
    let describe
    if (side === 'planledger') {
      const load = (name) => import(pathToFileURL(ledgerModule(name)).href)
      const [{createDocument}, {scanDocument}, {readPlan}, {readFixPlan}, {readFindings}] = await Promise.all(
        ['document', 'scan', 'plan', 'fix-plan', 'findings'].map(load),
      )
      const reader = {plan: readPlan, fixPlan: readFixPlan, findings: readFindings}[kind]
      if (typeof reader !== 'function' || typeof scanDocument !== 'function' || typeof createDocument !== 'function') {
        throw new Error(`reader for ${kind} not exported`)
      }
      parse = () => {
        const start = process.hrtime.bigint()
        const doc = createDocument(path, text)
        const scan = scanDocument(doc)
        const scanned = process.hrtime.bigint()
        const ledger = reader(doc, scan)
        const end = process.hrtime.bigint()
        return {ns: end - start, scanNs: scanned - start, value: ledger}
      }
      describe = (ledger) => describeLedger(kind, ledger)
    } else {
      const [{fromMarkdown}, {gfm}, {gfmFromMarkdown}] = await Promise.all([
        import('mdast-util-from-markdown'),
        import('micromark-extension-gfm'),
        import('mdast-util-gfm'),
      ])
      parse = () => {
        const start = process.hrtime.bigint()
        const tree = fromMarkdown(text, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
        return {ns: process.hrtime.bigint() - start, value: tree}
      }
      describe = (tree) => `${countNodes(tree).toLocaleString('en-US')} mdast nodes`
    }
    parentPort.postMessage({type: 'ready'})
    // Warm up for `warmup` runs and at least WARMUP_MIN_NS, so the JIT has settled before measuring
    // (a few runs are enough for mdast's seconds-long parses, not for millisecond ones).
    let last
    const post = (ns, scanNs, isWarmup) =>
      parentPort.postMessage({type: 'run', warmup: isWarmup, ns: String(ns), scanNs: scanNs === undefined ? undefined : String(scanNs)})
    const warmupStart = process.hrtime.bigint()
    for (let i = 0; i < warmup || process.hrtime.bigint() - warmupStart < WARMUP_MIN_NS; i++) {
      const {ns, scanNs, value} = parse()
      last = value
      post(ns, scanNs, true)
    }
    for (let i = 0; i < runs; i++) {
      const {ns, scanNs, value} = parse()
      last = value
      post(ns, scanNs, false)
    }
    parentPort.postMessage({type: 'done', info: describe(last)})
  } catch (error) {
    parentPort.postMessage({type: 'error', error: oneLine(error?.message ?? String(error))})
  }
}

function describeLedger(kind, ledger) {
  const warnings = ledger.warnings?.length ? `, ${ledger.warnings.length} warnings` : ''
  if (kind === 'fixPlan') {
    const items = ledger.items ?? []
    const attempts = items.reduce((sum, item) => sum + (item.attempts?.entries?.length ?? 0), 0) + (ledger.attempts?.entries?.length ?? 0)
    return `${items.length} items, ${attempts} attempt entries${warnings}`
  }
  if (kind === 'findings') return `${ledger.findings?.length ?? 0} findings${warnings}`
  return `${ledger.rows?.length ?? 0} rows in ${ledger.phases?.length ?? 0} phases${warnings}`
}

function countNodes(node) {
  let count = 1
  for (const child of node.children ?? []) count += countNodes(child)
  return count
}

/**
 * A fix plan of `## [SYN-NNN]` items, each with a long, nested Attempts History (bullets with
 * continuation lines and sub-bullets), grown until it reaches `targetBytes`. Deterministic.
 */
function writeSyntheticFixPlan(path, targetBytes) {
  const attemptsPerItem = 30
  const itemText = (n) => {
    const id = `SYN-${String(n).padStart(3, '0')}`
    const out = [
      `## [${id}] Synthetic item ${n} — regression hardening`,
      '- Depends on: —',
      `- Priority: ${['High', 'Medium', 'Low'][n % 3]}`,
      `- Status: ${['in_progress', 'pending', 'done'][n % 3]}`,
      `- Owner/Date: bench/2025-10-${String((n % 28) + 1).padStart(2, '0')}`,
      `- Working Plan: \`plans/active/${id}/implementation.md\``,
      `- Reproduction: \`pytest tests/test_${n}.py::test_case -vv\``,
      '- Attempts History:',
    ]
    for (let a = 1; a <= attemptsPerItem; a++) {
      const stamp = `2025-10-19T${String(10 + (a % 12)).padStart(2, '0')}${String((a * 7) % 60).padStart(2, '0')}00Z`
      out.push(
        `  * [2025-10-19] Attempt #${a} — Phase ${String.fromCharCode(65 + (a % 5))}${a % 4}: ran the targeted selector; ${a + 10} passed / ${a % 3} skipped in ${30 + (a % 9)}.${a % 10}s. Artifacts: \`plans/active/${id}/reports/${stamp}/summary.md\`.`,
        `    Follow-up detail for attempt ${a}: compared against the baseline in [the spec](specs/spec.md#section-${a}) and **kept** the guard (POLICY-00${a % 9}).`,
        `    - Metrics: runtime ${30 + (a % 9)}.${a % 10}s; peak RSS ${1 + (a % 3)}.${a % 10} GB; \`CUDA_VISIBLE_DEVICES=""\``,
        `    - Next Actions: rerun with \`--seed ${a}\` and log under \`reports/${stamp}/\``,
      )
    }
    out.push('- Exit Criteria:', '  - Integration selector passes on CPU within the 90s CI guardrail.', '')
    return out.join('\n')
  }
  const body = []
  let bytes = 0
  let n = 0
  while (bytes < targetBytes) {
    const text = itemText(++n)
    body.push(text)
    bytes += Buffer.byteLength(text) + 1 + 120 // + its index row
  }
  const index = ['| ID | Title | Priority | Status |', '| --- | --- | --- | --- |']
  for (let i = 1; i <= n; i++) {
    const id = `SYN-${String(i).padStart(3, '0')}`
    index.push(`| [${id}](#${id.toLowerCase()}) | Synthetic item ${i} — regression hardening | ${['High', 'Medium', 'Low'][i % 3]} | ${['in_progress', 'pending', 'done'][i % 3]} |`)
  }
  const text = ['# Synthetic Fix Plan Ledger', '', '**Last Updated:** 2025-10-19', '', '## Index', '', ...index, '', ...body].join('\n')
  writeFileSync(path, text)
  return {items: n, attempts: attemptsPerItem}
}

// ------------------------------------------------------------------------------------ 2. whole process

function processSection(options, temp) {
  const seed = join(temp, 'seed-scenario')
  cpSync(join(CORPUS, 'seed-scenario'), seed, {recursive: true})
  const git = spawnSync('git', ['init', '-q'], {cwd: seed, encoding: 'utf8'})
  const gitNote = git.status === 0 ? '' : ` (\`git init\` failed: ${oneLine(git.error?.message ?? git.stderr ?? '')})`

  const planFile = findPlanWith(seed, '| D1.A |') ?? 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'
  const workingPlan = 'plans/active/TEST-PYTORCH-001/implementation.md'
  const node = process.execPath
  const cli = (...args) => ({command: node, args: [BIN, ...args], display: `node bin/run.js ${args.join(' ')}`})
  const tool = (command, args, {display, note}) => ({command, args, display, note})
  const importOnly = (specifiers) => {
    const urls = specifiers.map((specifier) => (isAbsolute(specifier) ? pathToFileURL(specifier).href : import.meta.resolve(specifier)))
    return urls.map((url) => `await import(${JSON.stringify(url)})`).join(';')
  }

  const groups = [
    ['floor', [tool(node, ['-e', ''], {display: 'node -e ""'})]],
    [
      'planledger',
      [
        cli('--version'),
        cli('show', 'D1.A'),
        cli('next'),
        cli('list', '--json'),
        cli('tick', 'TEST-PYTORCH-001', 'D1.A', '--dry-run'),
        cli('check'),
        checkCorpus(node),
      ],
    ],
    [
      'what an agent does today',
      [
        tool('grep', ['-n', 'D1.A', planFile], {display: 'grep -n "D1.A" <plan>', note: '≈ show, file known'}),
        tool('grep', ['-rn', 'D1.A', 'plans', 'docs'], {display: 'grep -rn "D1.A" plans docs', note: '≈ show'}),
        tool('sed', ['-n', '/| \\[[ P]\\] |/{=;p;q}', workingPlan], {display: "sed -n '/| \\[[ P]\\] |/{=;p;q}' <working plan>", note: '≈ next'}),
        tool('grep', ['-nE', '^## \\[|^- (Status|Priority):', 'docs/fix_plan.md'], {display: "grep -nE '^## \\[|^- (Status|Priority):' docs/fix_plan.md", note: '≈ list'}),
        tool('sed', ['-n', 's/^\\(| D1\\.A |[^|]*| \\)\\[ \\]/\\1[x]/p', planFile], {display: "sed -n 's/^\\(| D1\\.A |[^|]*| \\)\\[ \\]/\\1[x]/p' <plan>", note: '≈ tick --dry-run'}),
      ],
    ],
    [
      'reference: module loading only',
      [
        tool(node, ['--input-type=module', '-e', importOnly(['scan', 'plan', 'fix-plan', 'findings'].map(ledgerModule))], {
          display: 'node -e "import scan + readers (dist)"',
        }),
        tool(node, ['--input-type=module', '-e', importOnly(['mdast-util-from-markdown', 'micromark-extension-gfm', 'mdast-util-gfm'])], {
          display: 'node -e "import mdast + micromark-gfm + mdast-gfm"',
        }),
        tool(node, ['--input-type=module', '-e', importOnly(['@oclif/core'])], {display: 'node -e "import @oclif/core"'}),
      ],
    ],
  ]

  const hyperfine = options.hyperfine && spawnSync('hyperfine', ['--version'], {encoding: 'utf8'}).status === 0
  const results = []
  for (const [group, commands] of groups) {
    for (const spec of commands) {
      progress(`process: ${spec.display}`)
      const result = measureProcess(spec, seed, options)
      if (hyperfine && result.ok) result.hyperfine = runHyperfine(spec, seed, options, temp)
      results.push({group, spec, result})
    }
  }

  const floor = results[0].result.ok ? median(results[0].result.times) : undefined
  const lines = [
    '## 2. Whole-process wall time',
    '',
    `\`spawnSync\` + wait, stdout/stderr piped (no TTY), stdin closed, in a temporary copy of \`seed-scenario\`${gitNote}. ` +
      `\`<plan>\` = \`${planFile}\`, \`<working plan>\` = \`${workingPlan}\`. "over floor" = median − median of \`node -e ""\`.`,
    '',
    `| group | command | median | min … max | over floor | output |${hyperfine ? ' hyperfine median (min … max) |' : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: |${hyperfine ? ' ---: |' : ''}`,
  ]
  for (const {group, spec, result} of results) {
    const command = `\`${spec.display.replaceAll('|', '\\|')}\`${spec.note ? ` (${spec.note})` : ''}`
    const cells = result.ok
      ? [
          formatNs(median(result.times)),
          `${formatNs(min(result.times))} … ${formatNs(max(result.times))}`,
          floor === undefined || spec.display === 'node -e ""' ? '—' : signed(median(result.times) - floor),
          formatBytes(result.outputBytes),
        ]
      : [`n/a (${result.error})`, '—', '—', '—']
    if (hyperfine) cells.push(result.hyperfine ?? '—')
    lines.push(`| ${group} | ${command} | ${cells.join(' | ')} |`)
  }
  if (!hyperfine) lines.push('', options.hyperfine ? '(hyperfine not on PATH; only this script’s own numbers.)' : '(hyperfine disabled with --no-hyperfine.)')
  return lines.join('\n')
}

/**
 * `check` over every Markdown file of the corpus (given as absolute paths, so the seed copy is only
 * the folder it runs in). The corpus has errors, so exit code 1 is the expected outcome.
 */
function checkCorpus(node) {
  const files = markdownFilesUnder(CORPUS)
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  return {
    command: node,
    args: [BIN, 'check', ...files],
    display: 'node bin/run.js check <every corpus .md file>',
    note: `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
    exitCodes: [0, 1],
  }
}

function markdownFilesUnder(root) {
  const files = []
  const stack = [root]
  while (stack.length > 0) {
    const dir = stack.pop()
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) stack.push(path)
      else if (name.endsWith('.md')) files.push(path)
    }
  }
  return files.sort()
}

function measureProcess({command, args, exitCodes = [0]}, cwd, {runs, warmup}) {
  const env = {...process.env, NO_COLOR: '1'}
  const once = () => {
    const start = process.hrtime.bigint()
    const child = spawnSync(command, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024})
    const ns = Number(process.hrtime.bigint() - start)
    return {ns, child}
  }
  const first = once()
  if (first.child.error) return {ok: false, error: oneLine(first.child.error.code ?? first.child.error.message)}
  if (!exitCodes.includes(first.child.status)) {
    const stderr = oneLine(first.child.stderr?.toString() ?? '').slice(0, 80)
    return {ok: false, error: `exit code ${first.child.status ?? first.child.signal}${stderr ? `: ${stderr}` : ''}`}
  }
  const outputBytes = first.child.stdout.length
  for (let i = 1; i < warmup; i++) once()
  const times = []
  for (let i = 0; i < runs; i++) {
    const {ns, child} = once()
    if (!exitCodes.includes(child.status)) return {ok: false, error: `exit code ${child.status ?? child.signal} on a later run`}
    times.push(ns)
  }
  return {ok: true, times, outputBytes}
}

function runHyperfine({command, args, exitCodes = [0]}, cwd, {runs, warmup}, temp) {
  const json = join(temp, 'hyperfine.json')
  const line = [command, ...args].map(shellQuote).join(' ')
  // `-i`: a command whose expected outcome is a non-zero exit (check finding errors) is still timed.
  const ignoreFailure = exitCodes.some((code) => code !== 0) ? ['-i'] : []
  const run = spawnSync('hyperfine', ['-N', ...ignoreFailure, '--style', 'none', '--warmup', String(warmup), '--runs', String(runs), '--export-json', json, line], {
    cwd,
    env: {...process.env, NO_COLOR: '1'},
    encoding: 'utf8',
  })
  if (run.status !== 0) return `n/a (hyperfine exit code ${run.status})`
  try {
    const [result] = JSON.parse(readFileSync(json, 'utf8')).results
    const ns = (seconds) => seconds * 1e9
    return `${formatNs(ns(result.median))} (${formatNs(ns(result.min))} … ${formatNs(ns(result.max))})`
  } catch (error) {
    return `n/a (${oneLine(error.message)})`
  }
}

/** The first Markdown file under `root/plans` containing `needle`, relative to `root`. */
function findPlanWith(root, needle) {
  const stack = [join(root, 'plans')]
  const files = []
  while (stack.length > 0) {
    const dir = stack.pop()
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) stack.push(path)
      else if (name.endsWith('.md')) files.push(path)
    }
  }
  files.sort()
  const hit = files.find((path) => readFileSync(path, 'utf8').includes(needle))
  return hit && relative(root, hit)
}

// ------------------------------------------------------------------------------------ 3. large ledgers

/**
 * `check` on fix plans with one item of 50k, 100k and 200k short attempts: the whole process, and
 * the attempt-numbering rule alone in-process (the rule that was superlinear). Linear growth shows
 * as a flat cost per 1,000 attempts down each column.
 */
async function scaleSection(options, temp) {
  const runs = Math.min(options.runs, SCALE_MAX_RUNS)
  const warmup = Math.min(options.warmup, 1)
  const load = (path) => import(pathToFileURL(join(REPO, 'dist/src', path)).href)
  const [{createDocument}, {scanDocument}, {readFixPlan}, {attemptNumbering}] = await Promise.all(
    ['ledger/document.js', 'ledger/scan.js', 'ledger/fix-plan/fix-plan.js', 'rules/attempt-numbering.js'].map(load),
  )
  const rows = []
  for (const attempts of SCALE_ATTEMPTS) {
    const folder = join(temp, `scale-${attempts}`)
    const text = manyAttemptsFixPlan(attempts)
    mkdirSync(join(folder, 'docs'), {recursive: true})
    writeFileSync(join(folder, 'docs/fix_plan.md'), text)
    spawnSync('git', ['init', '-q'], {cwd: folder})
    progress(`scale: check on ${attempts} attempts`)
    // Exit code 1: the file is over the fix plan's line budget, which check reports.
    const whole = measureProcess({command: process.execPath, args: [BIN, 'check'], exitCodes: [0, 1]}, folder, {runs, warmup})
    progress(`scale: attempt-numbering on ${attempts} attempts`)
    const doc = createDocument('docs/fix_plan.md', text)
    const context = {fixPlan: readFixPlan(doc, scanDocument(doc))}
    const rule = []
    for (let i = 0; i < warmup + runs; i++) {
      const start = process.hrtime.bigint()
      const reports = attemptNumbering.check(context)
      if (i >= warmup) rule.push(Number(process.hrtime.bigint() - start))
      if (reports.length !== 0) throw new Error(`attempt-numbering reported ${reports.length} problems on a clean history`)
    }
    rows.push({attempts, bytes: Buffer.byteLength(text), whole, rule})
  }
  const perThousand = (ns, attempts) => formatNs(ns / (attempts / 1000))
  const lines = [
    '## 3. Large ledgers: `check` on one item with many attempts',
    '',
    `Generated fix plans, one item whose Attempts History holds N entries \`  * [2025-10-19] Attempt #i — ok\`. ` +
      `${runs} measured runs after ${warmup} warm-up run(s). "check" = \`node bin/run.js check\` in the file's folder (exit code 1: the file is over its line budget); ` +
      '"attempt-numbering" = that rule alone, in-process, on the parsed file. Linear growth = a flat cost per 1,000 attempts.',
    '',
    '| attempts | size | check median | min … max | per 1,000 attempts | attempt-numbering median | min … max | per 1,000 attempts |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const {attempts, bytes, whole, rule} of rows) {
    const wholeCells = whole.ok
      ? [formatNs(median(whole.times)), `${formatNs(min(whole.times))} … ${formatNs(max(whole.times))}`, perThousand(median(whole.times), attempts)]
      : [`n/a (${whole.error})`, '—', '—']
    const ruleCells = [formatNs(median(rule)), `${formatNs(min(rule))} … ${formatNs(max(rule))}`, perThousand(median(rule), attempts)]
    lines.push(`| ${attempts.toLocaleString('en-US')} | ${formatBytes(bytes)} | ${[...wholeCells, ...ruleCells].join(' | ')} |`)
  }
  return lines.join('\n')
}

function manyAttemptsFixPlan(attempts) {
  const lines = ['# Fix Plan', '', '## [BIG-1] Many attempts', '- Status: in_progress', '- Attempts History:']
  for (let i = 1; i <= attempts; i++) lines.push(`  * [2025-10-19] Attempt #${i} — ok`)
  return lines.join('\n') + '\n'
}

// ------------------------------------------------------------------------------------ helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function min(values) {
  return values.reduce((a, b) => Math.min(a, b), Infinity)
}

function max(values) {
  return values.reduce((a, b) => Math.max(a, b), -Infinity)
}

function formatNs(ns) {
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e5 ? 1 : 0)} µs`
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`
  return `${(ns / 1e9).toFixed(2)} s`
}

function signed(ns) {
  return `${ns < 0 ? '−' : '+'}${formatNs(Math.abs(ns))}`
}

function formatRatio(value) {
  return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)}×`
}

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`
}

function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim()
}

function progress(message) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${message.slice(0, (process.stderr.columns || 100) - 1)}`)
  else process.stderr.write(`${message}\n`)
}
