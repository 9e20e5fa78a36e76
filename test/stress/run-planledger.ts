import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {spawnCli, type CliResult} from '../cli/run-cli.js'

/** Spawns the CLI (a real process: the point is many at once) in `cwd` (no terminal); `preload` is a module node imports first (NODE_OPTIONS=--import). */
export function runPlanledger(args: string[], cwd: string, preload?: string): Promise<CliResult> {
  return spawnCli(args, {cwd, env: preload === undefined ? {} : {NODE_OPTIONS: `--import=${preload}`}})
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
