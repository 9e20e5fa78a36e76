import {format} from 'node:util'
import {Command} from '@oclif/core/command'
import type {Input, ParserOutput} from '@oclif/core/interfaces'
import type {ProjectConfig} from '../config/project-config.js'
import {printErr, printJson, printOut} from './output.js'
import {parseErrorToUserError} from './parse-error.js'
import {reportError} from './report-error.js'

// oclif's bounds for parse()'s type parameters, which its public entry points do not export.
type FlagOutput = {[name: string]: unknown}
type ArgOutput = {[name: string]: unknown}

/**
 * Every planledger command: `--json`, the project configuration, and the one place where errors
 * become output (report-error.ts). oclif's log methods print through output.ts, escaped like
 * everything else, and oclif's parse errors become usage errors in our one-line format.
 */
export abstract class BaseCommand extends Command {
  static override enableJsonFlag = true

  /** The repository root and `.planledger.json` for the current folder. */
  protected async loadProject(): Promise<ProjectConfig> {
    const {loadProjectConfig} = await import('../io/find-config.js')
    return loadProjectConfig(process.cwd())
  }

  protected override async parse<F extends FlagOutput, B extends FlagOutput, A extends ArgOutput>(options?: Input<F, B, A>, argv?: string[]): Promise<ParserOutput<F, B, A>> {
    try {
      return await super.parse(options, argv)
    } catch (error) {
      throw parseErrorToUserError(error, this.id) ?? error
    }
  }

  override async catch(error: Error): Promise<unknown> {
    reportError(error, this.jsonEnabled())
    return undefined
  }

  override log(message = '', ...args: unknown[]): void {
    if (!this.jsonEnabled()) printOut(`${format(message, ...args)}\n`)
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    if (!this.jsonEnabled()) printErr(`${format(message, ...args)}\n`)
  }

  override logJson(json: unknown): void {
    printJson(json)
  }
}
