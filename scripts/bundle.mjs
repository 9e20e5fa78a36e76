#!/usr/bin/env node
// Builds dist/cli/: the CLI bundled by esbuild into one CommonJS file, and a V8 code cache for it.
// Why: start-up is paid on every loop iteration and every commit. Unbundled, Node resolves, reads and
// compiles the ~150 CommonJS files @oclif/core pulls in; bundled, it reads one file, and with the
// code cache it also skips parsing and compiling what a `check` run executes (bin/run.js loads both).
import {build} from 'esbuild'
import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist/cli')
const cacheFile = join(outdir, 'planledger.cjs.v8-cache')

rmSync(outdir, {recursive: true, force: true})
await build({
  absWorkingDir: root,
  entryPoints: {planledger: 'src/cli.ts'},
  outdir,
  outExtension: {'.js': '.cjs'},
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // ESM dependencies bundled into CommonJS lose import.meta (fdir calls createRequire(import.meta.url)).
  define: {'import.meta.url': '__planledgerModuleUrl'},
  banner: {js: "const __planledgerModuleUrl = require('node:url').pathToFileURL(__filename).href;"},
  // oclif only reaches for these to run TypeScript sources in development; never needed here.
  external: ['typescript', 'ts-node', 'tsx'],
  logLevel: 'warning',
})

// Train the code cache: `check` on a throw-away copy of the bundled example, with bin/run.js told to
// write the cache when it exits. It then holds everything that run compiled: oclif's start-up and
// check's code (edit commands still compile their own code on first use).
const work = mkdtempSync(join(tmpdir(), 'planledger-cache-'))
try {
  cpSync(join(root, 'examples/demo-repo'), work, {recursive: true})
  execFileSync('git', ['init', '-q'], {cwd: work})
  const run = spawnSync(process.execPath, [join(root, 'bin/run.js'), 'check', '--json'], {
    cwd: work,
    env: {...process.env, PLANLEDGER_WRITE_CODE_CACHE: '1', NO_COLOR: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  // A finished check prints its JSON report (exit 1 only means the example has errors); anything else
  // means the bundle is broken, and a cache of a broken run must not ship.
  if (!finishedCheck(run.stdout) || !existsSync(cacheFile)) {
    console.error(`bundle: training run for the code cache failed (exit ${run.status}):\n${run.stderr}`)
    process.exit(1)
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}

function finishedCheck(stdout) {
  try {
    return typeof JSON.parse(stdout).summary === 'object'
  } catch {
    return false
  }
}
