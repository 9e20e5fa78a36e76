import {execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {Config, run} from '@oclif/core'
import {ExitError} from '@oclif/core/errors'
import {settings} from '@oclif/core/settings'
import {reportError, wantsJson} from '../../src/commands/report-error.js'
import {corpusRoot} from '../support/corpus.js'
import {copyWritable} from '../support/writable-copy.js'

/** The CLI as installed: bin/run.js loads the bundle, so spawning tests need `npm run build` first (npm test does it). */
export const BIN = fileURLToPath(new URL('../../bin/run.js', import.meta.url))

/** The same CLI from tsc's per-file output (dist/src): what c8 can map back to src/ (see the runner's comment). */
export const UNBUNDLED_BIN = fileURLToPath(new URL('../support/run-unbundled.mjs', import.meta.url))

/**
 * What spawning tests start: the per-file build while c8 collects coverage (it sets NODE_V8_COVERAGE),
 * else the bundle. test/cli/bundle.test.ts runs both either way and compares them.
 */
export const CLI_ENTRY = process.env.NODE_V8_COVERAGE ? UNBUNDLED_BIN : BIN

/** The corpus's seed scenario, for tests inside describeWithCorpus (without a corpus, a folder that does not exist). */
export const SEED_SCENARIO = join(corpusRoot ?? '/nonexistent/no-corpus', 'seed-scenario')

/** The project's own scenario (test/fixtures/scenario): the same loop step, written for these tests. */
const OWN_SCENARIO = fileURLToPath(new URL('../fixtures/scenario', import.meta.url))

export interface CliResult {
  stdout: string
  stderr: string
  exitCode: number | null
}

export interface RunOptions {
  cwd: string
  /** Run as another user (tests run as root, which no file permission stops): always a real process. */
  uid?: number
  gid?: number
  /** Extra environment variables; `undefined` removes one. */
  env?: NodeJS.ProcessEnv
}

/**
 * Runs `planledger ...args` as the command sees it off a terminal: stdin empty and not a TTY,
 * stdout and stderr captured, NO_COLOR set. In this process, from src/ (fast, and covered by c8
 * directly), unless the run needs a process of its own: another user, or stdin read as a file (`-`).
 */
export function runCli(args: string[], options: RunOptions): Promise<CliResult> {
  if (options.uid !== undefined || options.gid !== undefined || args.includes('-')) return spawnCli(args, options)
  const result = queue.then(() => runInProcess(args, options))
  queue = result.catch(() => undefined)
  return result
}

/** Spawns `node bin/run.js ...args` without a terminal: stdin ignored, NO_COLOR set. `entry` picks another runner. */
export function spawnCli(args: string[], options: RunOptions, entry = CLI_ENTRY): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: {...process.env, ...CLI_ENV, ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
      uid: options.uid,
      gid: options.gid,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({stdout, stderr, exitCode}))
  })
}

/** What every run sees on top of the test process's environment. */
const CLI_ENV = {NO_COLOR: '1', NODE_ENV: 'production'}

/** In-process runs share the process's cwd, env and streams, so they take turns. */
let queue: Promise<unknown> = Promise.resolve()

let config: Promise<Config> | undefined

/** oclif's configuration, loaded once, with the commands and hook taken from src/cli.ts instead of the bundle. */
function loadConfig(): Promise<Config> {
  if (config) return config
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const pjson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const retarget = (entry: {target: string}) => ({...entry, target: './src/cli.ts'})
  pjson.oclif = {
    ...pjson.oclif,
    commands: retarget(pjson.oclif.commands),
    hooks: Object.fromEntries(Object.entries(pjson.oclif.hooks as Record<string, {target: string}>).map(([name, hook]) => [name, retarget(hook)])),
  }
  // The path is used as given, and imported as the tests import src/ (tsx, ES modules), so the
  // commands and the unit tests share one copy of each module.
  settings.enableAutoTranspile = false
  // As execute() loads it: no user or linked plugins looked up under $HOME.
  config = Config.load({root, pjson, userPlugins: false, devPlugins: false})
  return config
}

async function runInProcess(args: string[], options: RunOptions): Promise<CliResult> {
  const loaded = await loadConfig()
  const output = {stdout: '', stderr: ''}
  const exitCodeBefore = process.exitCode
  // Each step is undone even when a later one throws (a missing cwd), or mocha's own output would stay captured.
  const restore: Array<() => void> = []
  try {
    restore.push(changeDirectory(options.cwd))
    restore.push(overrideEnv({...CLI_ENV, ...options.env}))
    // An empty stdin that is not a terminal, as with the spawned `stdio: 'ignore'`: oclif reads it for missing args.
    restore.push(overrideProperty(process, 'stdin', Object.assign(Readable.from([]), {isTTY: false})))
    restore.push(overrideProperty(process.stdout, 'isTTY', false), overrideProperty(process.stderr, 'isTTY', false))
    // Off a terminal there is no width: `list` then reads COLUMNS, else takes 80.
    restore.push(overrideProperty(process.stdout, 'columns', undefined))
    restore.push(captureWrites(process.stdout, (text) => (output.stdout += text)))
    restore.push(captureWrites(process.stderr, (text) => (output.stderr += text)))
    process.exitCode = undefined
    // What execute() (src/commands/execute.ts) does around oclif's run, with the configuration loaded
    // once and without its flush(): captured writes need none, and each call would leave a 'drain' listener.
    try {
      await run(args, loaded)
    } catch (error) {
      if (error instanceof ExitError) process.exitCode = error.oclif.exit
      else reportError(error, wantsJson(args))
    }
    return {...output, exitCode: Number(process.exitCode ?? 0)}
  } finally {
    process.exitCode = exitCodeBefore
    delete (globalThis as {oclif?: {stdinCache?: string}}).oclif?.stdinCache
    for (const undo of restore.reverse()) undo()
  }
}

function captureWrites(stream: NodeJS.WriteStream, append: (text: string) => void): () => void {
  const write = (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error) => void), callback?: (error?: Error) => void): boolean => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  return overrideProperty(stream, 'write', write)
}

/** Sets `object[key]` and gives back the function that puts the original property back. */
function overrideProperty<T extends object>(object: T, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key)
  Object.defineProperty(object, key, {value, configurable: true, writable: true, enumerable: own?.enumerable ?? true})
  return () => {
    if (own) Object.defineProperty(object, key, own)
    else delete (object as Record<PropertyKey, unknown>)[key]
  }
}

function overrideEnv(overrides: NodeJS.ProcessEnv): () => void {
  const before = new Map(Object.keys(overrides).map((key) => [key, process.env[key]]))
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  return () => {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

function changeDirectory(cwd: string): () => void {
  const before = process.cwd()
  process.chdir(cwd)
  return () => process.chdir(before)
}

/** A fresh copy of the corpus's seed scenario as its own git repository; never touches the corpus. */
export function makeScenario(): string {
  if (corpusRoot === undefined) throw new Error('makeScenario needs the corpus: register the suite with describeWithCorpus, or use makeOwnScenario')
  return scenarioFrom(SEED_SCENARIO)
}

/** A fresh copy of the project's own scenario as its own git repository: needs no corpus. */
export function makeOwnScenario(): string {
  return scenarioFrom(OWN_SCENARIO)
}

function scenarioFrom(source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-cli-'))
  chmodSync(root, 0o755) // so a test may run the CLI as an unprivileged user
  copyWritable(source, root)
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

export function removeScenario(root: string): void {
  rmSync(root, {recursive: true, force: true})
}

/** sha256 of every file outside `.git`, by path: compare before and after to prove nothing was written. */
export function snapshotFiles(root: string): Map<string, string> {
  const hashes = new Map<string, string>()
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path)
      } else if (entry.isFile()) {
        hashes.set(relative(root, path), hashOf(path))
      }
    }
  }
  walk(root)
  return hashes
}

/** A file this user cannot read (a permission test, not as root) is compared by size and mtime. */
function hashOf(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error
    const stats = statSync(path)
    return `unreadable:${stats.size}:${stats.mtimeMs}`
  }
}
