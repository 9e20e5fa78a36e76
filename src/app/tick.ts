import {existsSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../io/find-config.js'
import {applyEdits} from '../edit/text-edit.js'
import {expandRowIds, UnknownRowError, type AddressableRow} from '../edit/row-range.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {planTick, type RowChange} from '../edit/tick-rows.js'
import type {PlanLedger} from '../ledger/model.js'
import type {PlannedChange} from './apply-change.js'
import {plannedChange, readEditable, type EditableFile} from './editable-ledger.js'
import {linkedPlanFiles, planFilesFor} from './plan-files.js'

export interface TickInput {
  plan: string
  ids: string[]
  state: string
  artifacts: string[]
  note?: string
  /** YYYY-MM-DD, written verbatim. */
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

interface LoadedPlan extends EditableFile {
  plan: PlanLedger
  /** The plan's rows as range expansion sees them: a table, or a checklist level, is one group. */
  addressable: AddressableRow[]
}

/** Reads the plan files, resolves the row IDs, and plans the edits (nothing is written here). */
export async function planTickChanges(project: ProjectConfig, input: TickInput): Promise<TickOutcome> {
  const plans = await loadPlans(project, input.plan)
  const warnings: string[] = []
  const artifacts = input.artifacts.map((path) => repositoryPath(project, path, input.strict, warnings))
  const idsByFile = new Map<LoadedPlan, string[]>()
  for (const spec of input.ids.flatMap((part) => part.split(',')).filter((part) => part.trim() !== '')) {
    const [owner, ids] = resolveSpec(plans, spec.trim())
    idsByFile.set(owner, [...(idsByFile.get(owner) ?? []), ...ids.filter((id) => !idsByFile.get(owner)?.includes(id))])
  }
  const outcome: TickOutcome = {changes: [], files: [], warnings}
  for (const [loaded, ids] of idsByFile) {
    const tick = planTick(loaded.plan, {ids, state: input.state, evidence: {date: input.date, note: input.note, artifacts}})
    outcome.files.push({path: loaded.doc.path, changed: tick.changed, unchanged: tick.unchanged})
    outcome.changes.push(plannedChange(loaded, applyEdits(loaded.doc.text, tick.edits)))
  }
  return outcome
}

async function loadPlans(project: ProjectConfig, plan: string): Promise<LoadedPlan[]> {
  const {readPlan} = await import('../ledger/plan.js')
  const paths = planFilesFor(project, plan)
  const initiativeFolder = resolve(project.root, 'plans/active', plan)
  const loaded: LoadedPlan[] = []
  const queue = [...paths]
  while (queue.length > 0) {
    const path = queue.shift()!
    if (loaded.some((entry) => resolve(project.cwd, entry.doc.path) === resolve(project.cwd, path))) continue
    const editable = await readEditable(project, path)
    const ledger = readPlan(editable.doc, editable.scan)
    const addressable = ledger.rows.map((row) => ({id: row.id, line: row.line, group: row.kind === 'table' ? (row.table ?? -1) : -1 - (row.indent ?? 0)}))
    loaded.push({...editable, plan: ledger, addressable})
    if (existsSync(initiativeFolder)) queue.push(...linkedPlanFiles(project, editable.doc, initiativeFolder))
  }
  return loaded
}

/** The one file in which a spec resolves; an ID in two files is an error naming both. */
function resolveSpec(plans: LoadedPlan[], spec: string): [LoadedPlan, string[]] {
  const hits: Array<[LoadedPlan, string[]]> = []
  const errors: unknown[] = []
  for (const loaded of plans) {
    try {
      hits.push([loaded, expandRowIds([spec], loaded.addressable)])
    } catch (error) {
      errors.push(error)
    }
  }
  if (hits.length === 1) return hits[0]
  if (hits.length > 1) {
    const where = hits.map(([loaded, ids]) => `${loaded.doc.path}:${loaded.plan.rows.find((row) => row.id === ids[0])!.line}`).join(', ')
    throw new UserError(`Row \`${spec}\` is ambiguous: found in ${where}`, {hint: 'pass the plan file path instead of the initiative ID'})
  }
  // A range error (two tables, backwards) from the file that has the rows beats "unknown" from the others.
  const specific = errors.find((error) => !(error instanceof UnknownRowError))
  if (specific || plans.length === 1) throw specific ?? errors[0]
  const unknown = errors[0] as UnknownRowError
  const allIds = plans.flatMap((loaded) => loaded.plan.rows.map((row) => row.id).filter((id): id is string => id !== undefined))
  const paths = plans.map((loaded) => loaded.doc.path).join(' or ')
  throw new UserError(`${unknown.message} in ${paths}`, {hint: didYouMean(suggestClosest(unknown.id, allIds)) ?? `known rows: ${allIds.slice(0, 8).join(', ')}${allIds.length > 8 ? ', …' : ''}`})
}

/** Artifact paths are written relative to the repository root; a missing one is a warning unless strict. */
function repositoryPath(project: ProjectConfig, path: string, strict: boolean, warnings: string[]): string {
  const absolute = resolve(project.cwd, path)
  const shown = relative(project.root, absolute).split('\\').join('/')
  if (shown.startsWith('..')) throw new UserError(`Artifact ${path} is outside the repository (${project.root})`)
  if (!existsSync(absolute)) {
    if (strict) throw new UserError(`Artifact ${path} does not exist`, {hint: 'create it first, or drop --strict to record it anyway'})
    warnings.push(`artifact ${shown} does not exist (yet)`)
  }
  return shown
}
