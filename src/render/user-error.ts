import {formatLocation, type UserError} from '../errors.js'
import {oneLine} from './escape-untrusted.js'

/** The `--json` error object (docs/json-output.md); absent parts are null so the keys are stable. */
export interface UserErrorJson {
  error: {message: string; hint: string | null; path: string | null; line: number | null; exitCode: number; internal: boolean}
}

/**
 * `planledger: <path>:<line>: <message>` plus `hint: <hint>`, each on one line, ending with a newline.
 * The location is left out when unknown or when the message already names the file.
 */
export function formatUserError(error: UserError, bin = 'planledger'): string {
  const location = error.path !== undefined && error.message.includes(error.path) ? '' : formatLocation(error.path, error.line)
  const head = `${bin}: ${location ? `${location}: ` : ''}${oneLine(error.message)}\n`
  return error.hint ? `${head}hint: ${oneLine(error.hint)}\n` : head
}

export function userErrorJson(error: UserError): UserErrorJson {
  return {
    error: {
      message: error.message,
      hint: error.hint ?? null,
      path: error.path ?? null,
      line: error.line ?? null,
      exitCode: error.exitCode,
      internal: false,
    },
  }
}
