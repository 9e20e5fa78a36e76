#!/usr/bin/env node
// Starts planledger from dist/cli/planledger.cjs, the bundle scripts/bundle.mjs builds, compiled with
// the V8 code cache built beside it. Node 20 has no compile cache of its own (module.enableCompileCache
// came in Node 22), and parsing and compiling the 1 MB bundle is most of what start-up has left.
// Without a usable cache (another Node version, or none built) V8 simply compiles as usual.
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire, Module} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist/cli/planledger.cjs')
const cacheFile = `${bundle}.v8-cache`
const source = readBundle()
// V8 checks a cache against the source's length only, so the cache file starts with the SHA-256 of
// the bundle it was made from, and a cache for any other bundle is ignored.
const digest = Buffer.from(`${createHash('sha256').update(source).digest('hex')}\n`)
const cachedData = readCache()
const script = new vm.Script(Module.wrap(source), {
  filename: bundle,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})
const bundleRequire = createRequire(bundle)
const cli = new Module(bundle)
cli.filename = bundle
// In require's cache before it runs, as Node's loader does: oclif requires this same file for the
// command list and the command_not_found hook, and must get this instance.
bundleRequire.cache[bundle] = cli
try {
  script.runInThisContext().call(cli.exports, cli.exports, bundleRequire, cli, bundle, dirname(bundle))
} catch (error) {
  reportCrash(error)
}
cli.loaded = true

if (process.env.PLANLEDGER_WRITE_CODE_CACHE === '1') {
  // At exit the cache also holds every function the run compiled lazily.
  process.once('exit', () => writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()])))
}
if (process.env.PLANLEDGER_REPORT_CODE_CACHE === '1') {
  const state = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'
  process.once('exit', () => process.stderr.write(`planledger: code cache ${state}\n`))
}

try {
  await cli.exports.execute({dir: root})
} catch (error) {
  reportCrash(error)
}

function readBundle() {
  try {
    return readFileSync(bundle, 'utf8')
  } catch (error) {
    // A checkout that was never built: say what to run instead of printing a stack trace.
    process.stderr.write(`planledger: cannot read ${bundle} (${error.code ?? error.message})\nhint: run \`npm run build\` in ${root}\n`)
    process.exit(2)
  }
}

// A bundle that fails to load, or an error execute() let through: a bug, reported as the bundle's
// report-error.ts would (which is not loaded, or not to be trusted, here), exit 3 as README says.
function reportCrash(error) {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)
  const frames = String(error?.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  process.stderr.write(`planledger: internal error: ${message.replace(/[^\x20-\x7E]/g, '?')}\n`)
  process.stderr.write('hint: this is a bug in planledger; please report it with the command you ran and the stack below\n')
  for (const frame of frames) process.stderr.write(`    ${frame.trim().replace(/[^\x20-\x7E]/g, '?')}\n`)
  process.exit(3)
}

function readCache() {
  try {
    const data = readFileSync(cacheFile)
    return data.subarray(0, digest.length).equals(digest) ? data.subarray(digest.length) : undefined
  } catch {
    return undefined
  }
}
