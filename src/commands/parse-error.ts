import * as Errors from '@oclif/core/errors'
import {ExitCode, UserError} from '../errors.js'
import {SHOWN_INPUT_LIMIT, shownInput} from '../shown-input.js'

// oclif wraps what a flag's parser throws ("Expected an integer but received: abc") as
// "Parsing --number \n\t<reason>\nSee more help with --help", and ends its own parse errors with
// that last line too.
const FLAG_PARSE_FAILURE = /^Parsing --([\w-]+)\s*\n\t([\s\S]*)$/
// A run longer than shownInput keeps: oclif repeats a bad flag value whole.
const LONG_RUN = new RegExp(`\\S{${SHOWN_INPUT_LIMIT + 1},}`, 'g')
const MORE_HELP = /\n+See more help with --help\s*$/
// "The following error occurred:" (exclusive or dependent flags), then the reasons, one a line.
const REASONS_FOLLOW = /^The following errors? occurred:?$/
// oclif dims the reasons itself; only its own dim on/off codes go, anything else stays to be escaped.
const OCLIF_DIM = /\x1B\[2m|\x1B\[22m/g

/**
 * What oclif throws while parsing a command line (unknown or repeated flag, a flag without its
 * value, a value of the wrong type or not among the options, missing or unexpected arguments,
 * exclusive flags) as a one-line UserError with exit 2; undefined for anything else, which is a bug.
 */
export function parseErrorToUserError(error: unknown, commandId: string | undefined): UserError | undefined {
  if (!(error instanceof Error) || !isParseFailure(error)) return undefined
  const help = `see \`${commandId ? `planledger ${commandId.replaceAll(':', ' ')}` : 'planledger'} --help\``
  const text = error.message.replace(OCLIF_DIM, '').replace(MORE_HELP, '')
  const flagFailure = FLAG_PARSE_FAILURE.exec(text)
  if (flagFailure) return usageError(`--${flagFailure[1]}: ${flagFailure[2].trim()}`, help)
  const [first, ...rest] = text.split('\n')
  const details = rest.map((line) => line.trim()).filter(Boolean)
  const head = first.replace(/:\s*$/, '').trim()
  if (REASONS_FOLLOW.test(first.trim()) && details.length > 0) return usageError(details.join('; '), help)
  if (/^Missing \d+ required args?$/.test(head)) {
    const missing = 'args' in error ? namesOf(error.args) : []
    const greedy = repeatableFlagsGiven(error)
    const message = missing.length > 0 ? `${head}: ${missing.join(', ')}` : head
    // A repeatable flag takes every value after it, the arguments included: the likely cause.
    return usageError(message, greedy.length > 0 ? `${greedy.join(', ')} can take several values, so give the arguments before it (or after --); ${help}` : help)
  }
  return usageError(head, help)
}

// Oclif's parser throws CLIErrors, and plain Errors from a flag's own parser, which it wraps as
// above. InvalidArgsSpecError says the command's argument spec is wrong: our bug, not the input's.
function isParseFailure(error: Error): boolean {
  if (error.message.startsWith('Invalid argument spec')) return false
  return error instanceof Errors.CLIError || (error.constructor === Error && FLAG_PARSE_FAILURE.test(error.message))
}

function usageError(message: string, hint: string): UserError {
  // Oclif repeats a bad flag value whole (`Expected --result=… to be one of`): long runs are cut.
  return new UserError(message.replace(LONG_RUN, (run) => shownInput(run)), {hint, exitCode: ExitCode.usage})
}

interface ParseState {
  input?: {flags?: Record<string, {multiple?: boolean} | undefined>}
  output?: {raw?: Array<{type?: string; flag?: string}>}
}

function repeatableFlagsGiven(error: Error): string[] {
  const parse = (error as {parse?: ParseState}).parse
  const given = (parse?.output?.raw ?? []).filter((token) => token.type === 'flag' && token.flag !== undefined)
  const names = given.map((token) => token.flag!).filter((name) => parse?.input?.flags?.[name]?.multiple === true)
  return [...new Set(names)].map((name) => `--${name}`)
}

function namesOf(args: unknown): string[] {
  if (!Array.isArray(args)) return []
  return args
    .map((arg) => (arg as {name?: unknown}).name)
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.toUpperCase())
}
