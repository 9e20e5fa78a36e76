import {existsSync} from 'node:fs'
import {relative} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {requireDateOrTimestamp} from '../edit/iso-date.js'
import {requireOneLine, requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {planTick, type RowChange} from '../edit/tick-rows.js'
import type {PlanRow} from '../ledger/model.js'
import {shownInput} from '../shown-input.js'
import type {PlannedChange} from './apply-change.js'
import {artifactInside} from './check/artifact-inside.js'
import {plannedChange} from './editable-ledger.js'
import {loadPlans, resolveSpec, type LoadedPlan} from './load-plans.js'

export interface TickInput {
  plan: string
  ids: string[]
  /** A unique substring of one row's text, for backlogs whose items have no IDs. */
  match?: string
  state: string
  artifacts: string[]
  note?: string
  /** YYYY-MM-DD or an ISO 8601 timestamp, written verbatim. */
  date: string
  strict: boolean
}

export interface TickFileResult {
  path: string
  changed: RowChange[]
  unchanged: string[]
}

export interface TickOutcome {
  changes: PlannedChange[]
  files: TickFileResult[]
  warnings: string[]
}

/** Reads the plan files, resolves the row IDs, and plans the edits (nothing is written here). */
export async function planTickChanges(project: ProjectConfig, input: TickInput): Promise<TickOutcome> {
  requireOneLineValues({'--state': input.state, '--artifact': input.artifacts})
  // A line break in the note is kept as `<br>` in a table cell; planTick refuses it elsewhere.
  if (input.note !== undefined) requireOneLine(input.note, '--note', {lineBreaks: 'allow'})
  requireDateOrTimestamp(input.date)
  const plans = await loadPlans(project, input.plan)
  const warnings: string[] = []
  const artifacts = input.artifacts.map((path) => repositoryPath(project, path, input.strict, warnings))
  const specs = input.ids.flatMap((part) => part.split(',')).filter((part) => part.trim() !== '')
  if (specs.length > 0 && input.match !== undefined) throw new UserError('Give row IDs or --match, not both')
  if (specs.length === 0 && input.match === undefined) throw new UserError('No rows named', {hint: 'pass row IDs (D1.A, D1.A-C) or --match TEXT for items without IDs'})
  const idsByFile = new Map<LoadedPlan, string[]>()
  for (const spec of specs) {
    const [owner, ids] = resolveSpec(plans, spec.trim())
    idsByFile.set(owner, [...(idsByFile.get(owner) ?? []), ...ids.filter((id) => !idsByFile.get(owner)?.includes(id))])
  }
  const matched = input.match === undefined ? undefined : matchRow(plans, input.match)
  if (matched) idsByFile.set(matched.loaded, [])
  const outcome: TickOutcome = {changes: [], files: [], warnings}
  for (const [loaded, ids] of idsByFile) {
    const rows = matched?.loaded === loaded ? [matched.row] : []
    const tick = planTick(loaded.plan, {ids, rows, state: input.state, evidence: {date: input.date, note: input.note, artifacts}})
    outcome.files.push({path: loaded.doc.path, changed: tick.changed, unchanged: tick.unchanged})
    outcome.changes.push(plannedChange(loaded, applyEdits(loaded.doc.text, tick.edits)))
  }
  return outcome
}

/** The one row whose text contains `text` (case-insensitive); none or several is an error listing candidates. */
function matchRow(plans: LoadedPlan[], text: string): {loaded: LoadedPlan; row: PlanRow} {
  const needle = text.trim().toLowerCase()
  if (needle === '') throw new UserError('--match needs some text')
  const rowText = (loaded: LoadedPlan, row: PlanRow) => row.text ?? loaded.doc.text.slice(row.span.start, row.span.end)
  const hits = plans.flatMap((loaded) => loaded.plan.rows.filter((row) => rowText(loaded, row).toLowerCase().includes(needle)).map((row) => ({loaded, row})))
  if (hits.length === 1) return hits[0]
  const shown = (hit: {loaded: LoadedPlan; row: PlanRow}) => `${hit.loaded.doc.path}:${hit.row.line} \u201c${clip(rowText(hit.loaded, hit.row).trim())}\u201d`
  if (hits.length > 1) {
    throw new UserError(`\`${shownInput(text)}\` matches ${hits.length} rows: ${hits.slice(0, 5).map(shown).join(', ')}${hits.length > 5 ? ', …' : ''}`, {hint: 'use a longer piece of the item text'})
  }
  const open = plans.flatMap((loaded) => loaded.plan.rows.filter((row) => row.state?.state !== 'done' && row.state?.state !== 'skipped').map((row) => ({loaded, row})))
  throw new UserError(`No row in ${plans.map((loaded) => loaded.doc.path).join(' or ')} contains \`${shownInput(text)}\``, {
    hint: open.length > 0 ? `open rows: ${open.slice(0, 3).map(shown).join(', ')}${open.length > 3 ? ', …' : ''}` : 'every row is done',
  })
}

function clip(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

/** Artifact paths are written relative to the repository root; a missing one is a warning unless strict. */
function repositoryPath(project: ProjectConfig, path: string, strict: boolean, warnings: string[]): string {
  const absolute = artifactInside(project, path)
  const shown = relative(project.root, absolute).split('\\').join('/')
  if (!existsSync(absolute)) {
    if (strict) throw new UserError(`Artifact ${path} does not exist`, {hint: 'create it first, or drop --strict to record it anyway'})
    warnings.push(`artifact ${shown} does not exist (yet)`)
  }
  return shown
}
