import {UserError} from '../errors.js'
import {isAttemptsHistoryKey} from '../ledger/fix-plan/attempt-history.js'
import {parseFieldKey} from '../ledger/fix-plan/field-key.js'
import {normalizeKey} from '../ledger/fix-plan/item-fields.js'
import {shownInput} from '../shown-input.js'
import {requireOneLine} from './one-line-value.js'

/** One `KEY=VALUE` argument of `planledger set`, split and checked. */
export interface FieldAssignment {
  key: string
  value: string
  /** The argument as typed, for messages. */
  argument: string
}

const FORM = 'write it as KEY=VALUE, e.g. Status=done'

/**
 * Splits `KEY=VALUE` arguments at their first `=` (a value may contain more). Refuses what could
 * not be written back as a one-line `- Key: value` field, and a key given twice.
 */
export function parseAssignments(item: string, args: readonly string[]): FieldAssignment[] {
  if (args.length === 0) throw new UserError(`No KEY=VALUE given for ${shownInput(item)}`, {hint: `e.g. planledger set ${shownInput(item)} Status=done`})
  const assignments = args.map((argument, index) => parseAssignment(argument, index + 1))
  const seen = new Map<string, string>()
  for (const assignment of assignments) {
    const key = normalizeKey(assignment.key)
    const first = seen.get(key)
    if (first !== undefined) throw new UserError(`Field \`${shownInput(assignment.key)}\` is given twice (\`${shownInput(first)}\` and \`${shownInput(assignment.argument)}\`)`, {hint: 'give each field once'})
    seen.set(key, assignment.argument)
  }
  return assignments
}

function parseAssignment(argument: string, position: number): FieldAssignment {
  requireOneLine(argument, `KEY=VALUE argument ${position}`)
  const equals = argument.indexOf('=')
  if (equals === -1) throw new UserError(`Argument \`${shownInput(argument)}\` is not KEY=VALUE`, {hint: FORM})
  const key = argument.slice(0, equals).trim()
  const raw = argument.slice(equals + 1)
  const value = raw.trim()
  if (key === '') throw new UserError(`Argument \`${shownInput(argument)}\` has an empty key`, {hint: FORM})
  if (value === '') throw new UserError(`Argument \`${shownInput(argument)}\` has an empty value`, {hint: `give the new value, e.g. ${shownInput(key)}=done; to remove a field, edit the file`})
  // The key must read back as the same field key, or the next read would not find what was written.
  if (parseFieldKey(`${key}: x`)?.key !== key) {
    throw new UserError(`\`${shownInput(key)}\` cannot be a field key`, {hint: 'a key starts with a letter and holds letters, digits, spaces and / & ( ) . , \' _ + - (at most 60 characters)'})
  }
  if (isAttemptsHistoryKey(key)) throw new UserError(`\`${key}\` is not set with planledger set`, {hint: 'append entries with planledger attempt <ITEM>'})
  return {key, value, argument}
}
