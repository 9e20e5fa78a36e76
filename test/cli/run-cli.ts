import {execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {copyWritable} from '../support/writable-copy.js'

/** The CLI as installed: bin/run.js loads the bundle, so CLI tests need `npm run build` first (npm test does it). */
export const BIN = fileURLToPath(new URL('../../bin/run.js', import.meta.url))

/** The same CLI from tsc's per-file output (dist/src): what c8 can map back to src/ (see the runner's comment). */
export const UNBUNDLED_BIN = fileURLToPath(new URL('../support/run-unbundled.mjs', import.meta.url))

/**
 * What CLI tests spawn: the per-file build while c8 collects coverage (it sets NODE_V8_COVERAGE),
 * else the bundle. test/cli/bundle.test.ts runs both either way and compares them.
 */
export const CLI_ENTRY = process.env.NODE_V8_COVERAGE ? UNBUNDLED_BIN : BIN

export const SEED_SCENARIO = fileURLToPath(new URL('../../../shared/corpus/seed-scenario', import.meta.url))

export interface CliResult {
  stdout: string
  stderr: string
  exitCode: number | null
}

export interface RunOptions {
  cwd: string
  /** Run as another user (tests run as root, which no file permission stops). */
  uid?: number
  gid?: number
  /** Extra environment variables. */
  env?: NodeJS.ProcessEnv
}

/** Spawns `node bin/run.js ...args` without a terminal: stdin ignored, NO_COLOR set. `entry` picks another runner. */
export function runCli(args: string[], options: RunOptions, entry = CLI_ENTRY): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: {...process.env, NO_COLOR: '1', NODE_ENV: 'production', ...options.env},
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

/** A fresh copy of the seed scenario as its own git repository; never touches /work/shared. */
export function makeScenario(): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-cli-'))
  chmodSync(root, 0o755) // so a test may run the CLI as an unprivileged user
  copyWritable(SEED_SCENARIO, root)
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
