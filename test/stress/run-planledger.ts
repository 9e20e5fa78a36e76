import {spawn} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {CLI_ENTRY, type CliResult} from '../cli/run-cli.js'

/** Spawns the built CLI in `cwd` (no terminal), with extra node options such as `--import <preload>`. */
export function runPlanledger(args: string[], cwd: string, nodeOptions: string[] = []): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, CLI_ENTRY, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', NODE_ENV: 'production'},
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({stdout, stderr, exitCode}))
  })
}

/** planledger's temp files and lock folders left in `folder`. */
export function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => /\.planledger-\d+-[0-9a-f]+\.tmp$|\.lock$/.test(name)).map((name) => join(folder, name))
}

/** How many exited with each code, e.g. `20× exit 0`. */
export function exitSummary(results: CliResult[]): string {
  const counts = new Map<string, number>()
  for (const {exitCode} of results) counts.set(`exit ${exitCode}`, (counts.get(`exit ${exitCode}`) ?? 0) + 1)
  return [...counts].map(([code, n]) => `${n}× ${code}`).join(', ')
}
