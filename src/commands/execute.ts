import * as Errors from '@oclif/core/errors'
import {flush} from '@oclif/core/flush'
import type {Interfaces} from '@oclif/core'
import {run} from '@oclif/core/run'
import {reportError, wantsJson} from './report-error.js'

type PackageJson = Interfaces.PJSON

/**
 * Starts planledger (bin/run.js calls this): oclif's run, with the errors nothing else caught.
 * Commands report their own errors (BaseCommand.catch); what reaches here failed outside a command
 * (loading the configuration, a hook) or outside any await, and is reported the same way, a bug
 * with exit 3. Only the package's own commands are loaded: looking up user or linked plugins reads
 * files under $HOME, which planledger has no use for and which warns when $HOME is unreadable.
 * `pjson` replaces package.json (the per-file build's test runner points the commands elsewhere).
 */
export async function execute(options: {dir: string; args?: string[]; pjson?: PackageJson}): Promise<void> {
  const argv = options.args ?? process.argv.slice(2)
  // An exception thrown outside any await, or a promise rejected with no one to catch it: without
  // this Node prints its own stack and exits 1, which `check` uses for "problems found".
  process.on('uncaughtException', (error) => {
    reportError(error, wantsJson(argv))
    process.exit()
  })
  try {
    await run(argv, {root: options.dir, pjson: options.pjson, userPlugins: false, devPlugins: false})
    await flush()
  } catch (error) {
    // oclif's exit(), as the command_not_found hook uses after printing its error: only a code.
    if (error instanceof Errors.ExitError) process.exitCode = error.oclif.exit
    else reportError(error, wantsJson(argv))
  }
}
