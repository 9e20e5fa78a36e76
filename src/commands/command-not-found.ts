import type {Hook} from '@oclif/core'
import {UserError} from '../errors.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {shownInput} from '../shown-input.js'
import {reportError, wantsJson} from './report-error.js'

/**
 * oclif's `command_not_found` hook: an unknown command is a usage error like any other, so it gets
 * the same one line, hint and exit code 2 (or the JSON error object under --json).
 */
const commandNotFound: Hook<'command_not_found'> = async function (options) {
  const typed = options.id.replaceAll(':', ' ')
  const known = options.config.commandIDs.map((id) => id.replaceAll(':', ' ')).sort()
  const error = new UserError(`unknown command \`${shownInput(typed)}\``, {hint: didYouMean(suggestClosest(typed, known)) ?? `commands: ${known.join(', ')}`})
  reportError(error, wantsJson(options.argv ?? []))
  this.exit(error.exitCode)
}

export default commandNotFound
