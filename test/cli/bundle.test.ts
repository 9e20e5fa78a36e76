import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusPath, itWithCorpus} from '../support/corpus.js'
import {BIN, makeOwnScenario, removeScenario, snapshotFiles, spawnCli, UNBUNDLED_BIN, type CliResult} from './run-cli.js'

// bin/run.js runs the esbuild bundle (dist/cli/); the other CLI tests run the commands from src/ in
// the test process. These tests run the same invocations through the bundle and tsc's per-file
// build (dist/src) and require identical results, so what ships is what the rest of the suite
// tested. Each invocation starts two processes, so the list is a sample: every command once, the
// help and version paths, each exit code, and a write.

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const BUNDLE_DIR = join(REPO, 'dist/cli')
const SUB_PLAN = 'plans/active/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md'

/** Invocations that write nothing, with the exit code each must give (so two identical failures cannot pass). */
const READ_ONLY_RUNS: Array<[args: string[], exitCode: number]> = [
  [['--version'], 0],
  [['--help'], 0],
  [['finding', 'add', '--help'], 0],
  [['check', '--list-rules', '--json'], 0],
  [['show', 'TEST-PYTORCH-001', '--json'], 0],
  [['next'], 0],
  [['list', '--json'], 0],
  [['tick', 'TEST-PYTORCH-001', 'D1.A', '--dry-run'], 0],
  [['attempt', 'TEST-PYTORCH-001', '--label', 'bundle check', '--body', 'one line', '--dry-run', '--date', '2026-11-29'], 0],
  [['set', 'TEST-PYTORCH-001', 'Status=done', '--dry-run', '--date', '2026-11-29'], 0],
  [['link', 'TEST-PYTORCH-001', '--finding', 'CONFIG-001', '--dry-run'], 0],
  [['finding', 'add', 'RUNTIME-001', '--synopsis', 'Fast enough', '--date', '2026-11-29', '--dry-run'], 0],
  [['archive', '--date', '2026-11-29', '--dry-run'], 0],
  [['init', '--dry-run'], 0],
  [['set', 'TEST-PYTORCH-001', 'Status=done', '--date', '2026-11-29'], 1],
  [['chek'], 2],
  [['tick', 'TEST-PYTORCH-001', 'D1.Q', '--dry-run'], 2],
  [['list', '--no-such-flag'], 2],
]

async function both(args: string[], cwd: string): Promise<[bundled: CliResult, unbundled: CliResult]> {
  return Promise.all([spawnCli(args, {cwd}, BIN), spawnCli(args, {cwd}, UNBUNDLED_BIN)])
}

describe('the bundle bin/run.js loads', function () {
  this.timeout(120_000)
  let root: string
  before(() => {
    root = makeOwnScenario()
  })
  after(() => removeScenario(root))

  it('answers every read-only invocation exactly as the per-file build does', async () => {
    for (const [args, exitCode] of READ_ONLY_RUNS) {
      const [bundled, unbundled] = await both(args, root)
      assert.deepEqual(bundled, unbundled, `planledger ${args.join(' ')}`)
      assert.equal(bundled.exitCode, exitCode, `planledger ${args.join(' ')}: ${bundled.stderr}`)
    }
  })

  itWithCorpus('checks the whole corpus with the same JSON report', async () => {
    const files = execFileSync('find', [corpusPath('.'), '-name', '*.md'], {encoding: 'utf8'}).trim().split('\n').sort()
    const [bundled, unbundled] = await both(['check', '--format', 'json', ...files], root)
    assert.equal(bundled.exitCode, 1, 'the corpus has errors')
    assert.ok(JSON.parse(bundled.stdout).problems.length > 100)
    assert.deepEqual(bundled, unbundled)
  })

  it('writes the same bytes for the same edit, and checks the result with the same report', async () => {
    const other = makeOwnScenario()
    try {
      const before = snapshotFiles(other)
      const args = ['tick', 'TEST-PYTORCH-001', 'D1.A-C', '--artifact', 'out/profile.md', '--note', 'timed', '--date', '2026-11-29', '--yes', '--json']
      const [bundled, unbundled] = await Promise.all([spawnCli(args, {cwd: root}, BIN), spawnCli(args, {cwd: other}, UNBUNDLED_BIN)])
      assert.equal(bundled.exitCode, 0, bundled.stderr)
      assert.deepEqual(bundled, unbundled)
      const after = snapshotFiles(other)
      assert.deepEqual([...after.keys()].filter((path) => after.get(path) !== before.get(path)), [SUB_PLAN], 'the edit wrote the sub-plan, and only it')
      assert.deepEqual(snapshotFiles(root), after)
      // The ticked rows cite artifacts that do not exist: a report of warnings, exit 0.
      const [checkBundled, checkUnbundled] = await Promise.all([spawnCli(['check'], {cwd: root}, BIN), spawnCli(['check'], {cwd: other}, UNBUNDLED_BIN)])
      assert.equal(checkBundled.exitCode, 0, checkBundled.stderr)
      assert.match(checkBundled.stdout, /warning .* missing-artifact\n/)
      assert.deepEqual(checkBundled, checkUnbundled)
    } finally {
      removeScenario(other)
    }
  })

  it('needs nothing from dist/src or node_modules: it requires Node built-ins only', () => {
    const chunks = readdirSync(BUNDLE_DIR).filter((name) => /\.c?js$/.test(name))
    assert.deepEqual(chunks, ['planledger.cjs'])
    const bare = new Set<string>()
    for (const chunk of chunks) {
      const text = readFileSync(join(BUNDLE_DIR, chunk), 'utf8')
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|require(?:\.resolve)?\s*\(\s*)["']([^"'\s]+)["']/g)) {
        const specifier = match[1]
        if (!specifier.startsWith('node:') && !specifier.startsWith('./')) bare.add(specifier)
      }
    }
    // Bare built-in names (`fs`, `path`) come from CommonJS dependencies; anything else would be a
    // package the installed bundle cannot count on. These lookups are allowed because each sits in a
    // try/catch and is optional: typescript, ts-node and pnpapi (oclif, for TypeScript sources and
    // Yarn PnP installs) and picomatch (fdir's fallback matcher; tinyglobby hands it the bundled copy).
    const builtins = new Set(execFileSync(process.execPath, ['-p', 'require("node:module").builtinModules.join("\\n")'], {encoding: 'utf8'}).trim().split('\n'))
    const packages = [...bare].filter((specifier) => !builtins.has(specifier.split('/')[0]))
    assert.deepEqual(packages.sort(), ['picomatch', 'pnpapi', 'ts-node', 'typescript'])
  })
})

describe('bin/run.js start-up: the bundle and its V8 code cache', function () {
  this.timeout(60_000)

  /** `planledger --version` from `root` with bin/run.js reporting what became of the cache; no coverage, which changes V8's flags. */
  function versionWithCacheReport(root: string): {stdout: string; cache: string} {
    const env: NodeJS.ProcessEnv = {...process.env, PLANLEDGER_REPORT_CODE_CACHE: '1'}
    delete env.NODE_V8_COVERAGE
    const run = spawnSync(process.execPath, [join(root, 'bin/run.js'), '--version'], {env, encoding: 'utf8'})
    assert.equal(run.status, 0, run.stderr)
    return {stdout: run.stdout, cache: /code cache (\w+)/.exec(run.stderr)?.[1] ?? run.stderr}
  }

  /** A copy of the installed layout (bin, the bundle, package.json): the bundle needs nothing else. */
  function copyInstall(): string {
    const root = mkdtempSync(join(tmpdir(), 'planledger-install-'))
    cpSync(join(REPO, 'bin'), join(root, 'bin'), {recursive: true})
    mkdirSync(join(root, 'dist'))
    cpSync(BUNDLE_DIR, join(root, 'dist/cli'), {recursive: true})
    cpSync(join(REPO, 'package.json'), join(root, 'package.json'))
    return root
  }

  it('without a build, bin/run.js says what to run: one line, a hint, exit 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'planledger-unbuilt-'))
    try {
      cpSync(join(REPO, 'bin'), join(root, 'bin'), {recursive: true})
      cpSync(join(REPO, 'package.json'), join(root, 'package.json'))
      const run = spawnSync(process.execPath, [join(root, 'bin/run.js'), '--version'], {encoding: 'utf8'})
      assert.equal(run.status, 2)
      assert.equal(run.stdout, '')
      assert.equal(run.stderr, `planledger: cannot read ${join(root, 'dist/cli/planledger.cjs')} (ENOENT)\nhint: run \`npm run build\` in ${root}\n`)
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })

  /** What this checkout's own bin/run.js answers, with its cache: what the damaged copies must answer too. */
  let installed: {stdout: string; cache: string}
  before(() => {
    installed = versionWithCacheReport(REPO)
  })

  it('is built with the bundle and accepted by this Node', () => {
    assert.equal(installed.cache, 'accepted')
  })

  it('is ignored when it was made for another bundle, and the CLI answers the same', () => {
    const root = copyInstall()
    try {
      const expected = installed.stdout
      appendFileSync(join(root, 'dist/cli/planledger.cjs'), '\n// rebuilt\n')
      assert.deepEqual(versionWithCacheReport(root), {stdout: expected, cache: 'none'})
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })

  it('is rejected by V8 when its data is damaged, and the CLI answers the same', () => {
    const root = copyInstall()
    try {
      const expected = installed.stdout
      const cacheFile = join(root, 'dist/cli/planledger.cjs.v8-cache')
      const data = readFileSync(cacheFile)
      // Keep the header line (the bundle's SHA-256) so the damage reaches V8's own checks.
      const header = data.indexOf(0x0a) + 1
      writeFileSync(cacheFile, Buffer.concat([data.subarray(0, header), Buffer.alloc(data.length - header, 0x5a)]))
      assert.deepEqual(versionWithCacheReport(root), {stdout: expected, cache: 'rejected'})
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })
})
