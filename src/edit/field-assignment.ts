import {UserError} from '../errors.js'
import {isAttemptsHistoryKey} from '../ledger/attempt-history.js'
import {parseFieldKey} from '../ledger/field-key.js'
import {normalizeKey} from '../ledger/item-fields.js'

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
  if (args.length === 0) throw new UserError(`No KEY=VALUE given for ${item}`, {hint: `e.g. planledger set ${item} Status=done`})
  const assignments = args.map(parseAssignment)
  const seen = new Map<string, string>()
  for (const assignment of assignments) {
    const key = normalizeKey(assignment.key)
    const first = seen.get(key)
    if (first !== undefined) throw new UserError(`Field \`${assignment.key}\` is given twice (\`${first}\` and \`${assignment.argument}\`)`, {hint: 'give each field once'})
    seen.set(key, assignment.argument)
  }
  return assignments
}

function parseAssignment(argument: string): FieldAssignment {
  const equals = argument.indexOf('=')
  if (equals === -1) throw new UserError(`Argument \`${argument}\` is not KEY=VALUE`, {hint: FORM})
  const key = argument.slice(0, equals).trim()
  const raw = argument.slice(equals + 1)
  const value = raw.trim()
  if (key === '') throw new UserError(`Argument \`${argument}\` has an empty key`, {hint: FORM})
  if (/[\r\n]/.test(raw)) {
    throw new UserError(`The value of \`${key}\` contains a line break; planledger set writes one-line values`, {hint: 'join the lines, or edit continuation lines in the file by hand'})
  }
  if (value === '') throw new UserError(`Argument \`${argument}\` has an empty value`, {hint: `give the new value, e.g. ${key}=done; to remove a field, edit the file`})
  // The key must read back as the same field key, or the next read would not find what was written.
  if (parseFieldKey(`${key}: x`)?.key !== key) {
    throw new UserError(`\`${key}\` cannot be a field key`, {hint: 'a key starts with a letter and holds letters, digits, spaces and / & ( ) . , \' _ + - (at most 60 characters)'})
  }
  if (isAttemptsHistoryKey(key)) throw new UserError(`\`${key}\` is not set with planledger set`, {hint: 'append entries with planledger attempt <ITEM>'})
  return {key, value, argument}
}
