import type {ProjectConfig} from '../config/project-config.js'
import {UserError} from '../errors.js'
import {isLastUpdated, planHeaderFields, type HeaderAssignment, type HeaderChange} from '../edit/header-fields.js'
import {requireOneLine} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {formatLikeSample} from '../edit/timestamp-format.js'
import {leadingDateIn} from '../ledger/ledger-dates.js'
import {shownInput} from '../shown-input.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'

export interface HeaderInput {
  /** `KEY=VALUE` arguments as typed. */
  assignments: string[]
  /** `KEY` and the text read from its `--set-file`. */
  blocks: Array<{key: string; text: string}>
  /** Set Last Updated to `now` in the file's own date format. */
  touch: boolean
  force: boolean
  now: Date
  file?: string
}

export interface HeaderOutcome {
  change: PlannedChange
  path: string
  changes: HeaderChange[]
  warnings: string[]
}


/** Plans `planledger header`: the fix plan's `**Key:** value` lines, Last Updated kept moving forward. */
export async function planHeaderChange(project: ProjectConfig, input: HeaderInput): Promise<HeaderOutcome> {
  const assignments: HeaderAssignment[] = [...input.assignments.map(splitAssignment), ...input.blocks.map((block) => ({...block, block: true}))]
  if (input.touch && assignments.some((assignment) => isLastUpdated(assignment.key))) {
    throw new UserError('--touch and a Last Updated value cannot be given together', {hint: '--touch writes today; give the date instead to write another one'})
  }
  if (assignments.length === 0 && !input.touch) throw new UserError('No header change given', {hint: 'e.g. planledger header "Active Focus=DATA-LOADER-002 — streaming" or planledger header --touch'})
  const seen = new Set<string>()
  for (const assignment of assignments) {
    const key = assignment.key.trim().toLowerCase()
    if (seen.has(key)) throw new UserError(`Header \`${shownInput(assignment.key)}\` is given twice`, {hint: 'give each header once'})
    seen.add(key)
  }
  const editable = await readEditableFixPlan(project, input.file)
  const {ledger, doc} = editable
  if (input.touch) {
    const header = ledger.header.find((field) => isLastUpdated(field.key))
    if (!header) throw new UserError(`${doc.path} has no **Last Updated:** header to touch`, {path: doc.path, hint: 'add a `**Last Updated:** YYYY-MM-DD` line under the title'})
    // Only the date changes: markup around it and a note after it stay (`` `2026-01-22T04:26Z` (loop 12) ``).
    const written = leadingDateIn(header.value)
    const date = formatLikeSample(written?.written, input.now)
    assignments.push({key: header.key, text: written ? header.value.slice(0, written.start) + date + header.value.slice(written.end) : date, block: false})
  }
  const plan = planHeaderFields(ledger, assignments, {today: input.now.toISOString().slice(0, 10), force: input.force})
  return {change: plannedChange(editable, applyEdits(doc.text, plan.edits)), path: doc.path, changes: plan.changes, warnings: plan.warnings}
}

function splitAssignment(argument: string, index: number): HeaderAssignment {
  requireOneLine(argument, `KEY=VALUE argument ${index + 1}`)
  const equals = argument.indexOf('=')
  if (equals <= 0) throw new UserError(`Argument \`${shownInput(argument)}\` is not KEY=VALUE`, {hint: 'e.g. "Active Focus=DATA-LOADER-002 — streaming"'})
  return {key: argument.slice(0, equals).trim(), text: argument.slice(equals + 1).trim(), block: false}
}
