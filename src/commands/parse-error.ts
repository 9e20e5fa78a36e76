import * as Errors from '@oclif/core/errors'
import {ExitCode, UserError} from '../errors.js'
import {shownInput} from '../shown-input.js'

/**
 * Oclif's own argument errors (unknown flag, missing argument, bad option value) as a one-line
 * UserError with exit 2; undefined for anything else. Oclif's messages span several lines and
 * end in "See more help with --help", which becomes the hint.
 */
export function parseErrorToUserError(error: unknown, commandId: string | undefined): UserError | undefined {
  if (!(error instanceof Errors.CLIError) || !('parse' in error)) return undefined
  // Oclif repeats a bad flag value whole (`Expected --result=… to be one of`): long runs are cut.
  const firstLine = error.message.split('\n')[0].replace(/:\s*$/, '').trim().replace(/\S{81,}/g, (run) => shownInput(run))
  const missing = 'args' in error && /^Missing \d+ required arg/.test(firstLine) ? namesOf(error.args) : []
  const message = missing.length > 0 ? `${firstLine}: ${missing.join(', ')}` : firstLine
  const help = commandId ? `planledger ${commandId} --help` : 'planledger --help'
  return new UserError(message, {hint: `see \`${help}\``, exitCode: ExitCode.usage})
}

function namesOf(args: unknown): string[] {
  if (!Array.isArray(args)) return []
  return args
    .map((arg) => (arg as {name?: unknown}).name)
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.toUpperCase())
}
