import {Command} from '@oclif/core/command'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../io/find-config.js'
import {formatUserError, userErrorJson} from '../render/user-error.js'
import {parseErrorToUserError} from './parse-error.js'

/**
 * Every planledger command: `--json`, the project configuration, and the one place where errors
 * become output. A UserError is one line (plus hint) and its exit code; a bug keeps oclif's stack.
 */
export abstract class BaseCommand extends Command {
  static override enableJsonFlag = true

  /** The repository root and `.planledger.json` for the current folder. */
  protected async loadProject(): Promise<ProjectConfig> {
    const {loadProjectConfig} = await import('../io/find-config.js')
    return loadProjectConfig(process.cwd())
  }

  override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    const userError = error instanceof UserError ? error : parseErrorToUserError(error, this.id)
    if (!userError) return super.catch(error)
    process.exitCode = userError.exitCode
    if (this.jsonEnabled()) this.logJson(userErrorJson(userError))
    else process.stderr.write(formatUserError(userError))
    return undefined
  }
}
