import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {BIN, makeScenario, removeScenario, runCli, snapshotFiles, UNBUNDLED_BIN, type CliResult} from './run-cli.js'

// bin/run.js runs the esbuild bundle (dist/cli/); CLI tests run the per-file build while c8 measures
// coverage. These tests run the same invocations through both and require identical results, so
// what ships is what the rest of the suite tested.

const BUNDLE_DIR = fileURLToPath(new URL('../../dist/cli/', import.meta.url))
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const PLAN = 'plans/active/TEST-PYTORCH-001/implementation.md'

const COMMANDS = ['archive', 'attempt', 'check', 'finding add', 'init', 'link', 'list', 'next', 'set', 'show', 'tick']

/** Invocations that write nothing, with the exit code each must give (so two identical failures cannot pass). */
const READ_ONLY_RUNS: Array<[args: string[], exitCode: number]> = [
  [['--version'], 0],
  [['--help'], 0],
  ...COMMANDS.map((command): [string[], number] => [[...command.split(' '), '--help'], 0]),
  [['check'], 0],
  [['check', '--format', 'json'], 0],
  [['check', '--list-rules', '--json'], 0],
  [['show', 'TEST-PYTORCH-001', '--json'], 0],
  [['next'], 0],
  [['list', '--json'], 0],
  [['tick', 'TEST-PYTORCH-001', 'D1.A', '--dry-run'], 0],
  [['attempt', 'TEST-PYTORCH-001', '--label', 'bundle check', '--body', 'one line', '--dry-run', '--date', '2026-11-29'], 0],
  [['set', 'TEST-PYTORCH-001', 'Status=done', '--dry-run', '--date', '2026-11-29'], 0],
  [['chek'], 2],
  [['tick', 'TEST-PYTORCH-001', 'D1.Q', '--dry-run'], 2],
  [['list', '--no-such-flag'], 2],
]

async function both(args: string[], cwd: string): Promise<[bundled: CliResult, unbundled: CliResult]> {
  return Promise.all([runCli(args, {cwd}, BIN), runCli(args, {cwd}, UNBUNDLED_BIN)])
}

describe('the bundle bin/run.js loads', function () {
  this.timeout(120_000)
  let root: string
  before(() => {
    root = makeScenario()
  })
  after(() => removeScenario(root))

  it('answers every read-only invocation exactly as the per-file build does', async () => {
    for (const [args, exitCode] of READ_ONLY_RUNS) {
      const [bundled, unbundled] = await both(args, root)
      assert.deepEqual(bundled, unbundled, `planledger ${args.join(' ')}`)
      assert.equal(bundled.exitCode, exitCode, `planledger ${args.join(' ')}: ${bundled.stderr}`)
    }
  })

  it('checks the whole corpus with the same JSON report', async () => {
    const files = execFileSync('find', [CORPUS, '-name', '*.md'], {encoding: 'utf8'}).trim().split('\n').sort()
    const [bundled, unbundled] = await both(['check', '--format', 'json', ...files], root)
    assert.equal(bundled.exitCode, 1, 'the corpus has errors')
    assert.ok(JSON.parse(bundled.stdout).problems.length > 100)
    assert.deepEqual(bundled, unbundled)
  })

  it('writes the same bytes for the same edit', async () => {
    const other = makeScenario()
    try {
      const args = ['tick', 'TEST-PYTORCH-001', 'D1.A-C', '--artifact', 'out/profile.md', '--note', 'timed', '--date', '2026-11-29', '--yes', '--json']
      const bundled = await runCli(args, {cwd: root}, BIN)
      const unbundled = await runCli(args, {cwd: other}, UNBUNDLED_BIN)
      assert.equal(bundled.exitCode, 0, bundled.stderr)
      assert.deepEqual(bundled, unbundled)
      assert.notEqual(readFileSync(join(root, PLAN), 'utf8').length, 0)
      assert.deepEqual(snapshotFiles(root), snapshotFiles(other))
    } finally {
      removeScenario(other)
    }
  })

  it('needs nothing from dist/src or node_modules: its imports are Node built-ins and its own chunks', () => {
    const chunks = readdirSync(BUNDLE_DIR).filter((name) => name.endsWith('.js'))
    assert.ok(chunks.includes('planledger.js'))
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
