import {ExitCode, UserError} from '../errors.js'
import {formatInternalError, formatStack, internalErrorJson} from '../render/internal-error.js'
import {formatUserError, userErrorJson} from '../render/user-error.js'
import {printErr, printJson} from './output.js'

/**
 * The one place a failure becomes output and an exit code. A UserError is its one line (plus hint)
 * and its own code; anything else is a bug in planledger: `internal error`, a report hint, the stack
 * and exit 3, whatever exit code the command had already set (so `check` never exits 1 for a crash).
 * Under --json the error object goes to stdout (for a bug the stack still goes to stderr).
 */
export function reportError(error: unknown, json: boolean): void {
  if (error instanceof UserError) {
    process.exitCode = error.exitCode
    if (json) printJson(userErrorJson(error))
    else printErr(formatUserError(error))
    return
  }
  process.exitCode = ExitCode.internal
  if (json) {
    printJson(internalErrorJson(error))
    printErr(formatStack(error))
  } else {
    printErr(formatInternalError(error))
  }
}

/** `--json` among the arguments, before any `--`: for errors reported before a command has parsed them. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json')
}
