import {ExitCode} from '../errors.js'
import {oneLine} from './escape-untrusted.js'
import type {UserErrorJson} from './user-error.js'

const INTERNAL_ERROR_HINT = 'this is a bug in planledger; please report it with the command you ran and the stack below'

/**
 * A bug, for stderr: `planledger: internal error: <message>`, the hint, then the stack's frames
 * (what makes the report useful; the bug is rare enough that the lines are no burden).
 */
export function formatInternalError(error: unknown): string {
  return `planledger: internal error: ${oneLine(describe(error))}\nhint: ${INTERNAL_ERROR_HINT}\n${formatStack(error)}`
}

/** The stack alone, for stderr when the error object goes to stdout under --json. */
export function formatStack(error: unknown): string {
  return stackFrames(error).map((frame) => `    ${oneLine(frame)}\n`).join('')
}

/** The `--json` error object of a bug: the user error's keys, `internal: true`, exit code 3. */
export function internalErrorJson(error: unknown): UserErrorJson {
  return {error: {message: `internal error: ${describe(error)}`, hint: INTERNAL_ERROR_HINT, path: null, line: null, exitCode: ExitCode.internal, internal: true}}
}

// `TypeError: x is undefined` names its class (telling), a plain Error or InternalError only its message.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const generic = error.name === 'Error' || error.name === 'InternalError'
  return generic ? error.message : `${error.name}: ${error.message}`
}

function stackFrames(error: unknown): string[] {
  const stack = error instanceof Error ? error.stack : undefined
  return (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.trim())
}
