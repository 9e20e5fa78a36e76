import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {expandRowIds, UnknownRowError, type AddressableRow} from '../edit/row-range.js'
import type {PlanLedger} from '../ledger/model.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {shownInput} from '../shown-input.js'
import {readEditable, type EditableFile} from './editable-ledger.js'
import {linkedPlanFiles, resolvePlanArgument} from './plan-files.js'

export interface LoadedPlan extends EditableFile {
  plan: PlanLedger
  /** The plan's rows as range expansion sees them: a table, or a checklist level, is one group. */
  addressable: AddressableRow[]
}

/** The plan files a PLAN argument names (a path, or an initiative and the plans it links to), read for editing. */
export async function loadPlans(project: ProjectConfig, plan: string): Promise<LoadedPlan[]> {
  const {readPlan} = await import('../ledger/plan/plan.js')
  const {files: paths, folder: initiativeFolder} = resolvePlanArgument(project, plan)
  const vocabulary = stateVocabularyOf(project.config.states)
  const loaded: LoadedPlan[] = []
  const queue = [...paths]
  while (queue.length > 0) {
    const path = queue.shift()!
    if (loaded.some((entry) => resolve(project.cwd, entry.doc.path) === resolve(project.cwd, path))) continue
    const editable = await readEditable(project, path)
    const ledger = readPlan(editable.doc, editable.scan, vocabulary)
    const addressable = ledger.rows.map((row) => ({id: row.id, line: row.line, group: row.kind === 'table' ? (row.table ?? -1) : -1 - (row.indent ?? 0)}))
    loaded.push({...editable, plan: ledger, addressable})
    if (initiativeFolder !== undefined) appendAll(queue, linkedPlanFiles(project, editable.doc, initiativeFolder))
  }
  return loaded
}

/** The one file in which a spec resolves; an ID in two files is an error naming both. */
export function resolveSpec(plans: LoadedPlan[], spec: string): [LoadedPlan, string[]] {
  const hits: Array<[LoadedPlan, string[]]> = []
  const errors: unknown[] = []
  // A row whose whole ID is the spec wins over a range reading of it in another file.
  const exact = plans.filter((loaded) => loaded.addressable.some((row) => row.id === spec))
  for (const loaded of exact.length > 0 ? exact : plans) {
    try {
      hits.push([loaded, expandRowIds([spec], loaded.addressable)])
    } catch (error) {
      errors.push(error)
    }
  }
  if (hits.length === 1) return hits[0]
  if (hits.length > 1) {
    const where = hits.map(([loaded, ids]) => `${loaded.doc.path}:${loaded.plan.rows.find((row) => row.id === ids[0])!.line}`).join(', ')
    throw new UserError(`Row \`${shownInput(spec)}\` is ambiguous: found in ${where}`, {hint: 'pass the plan file path instead of the initiative ID'})
  }
  // A range error (two tables, backwards) from the file that has the rows beats "unknown" from the others.
  const specific = errors.find((error) => !(error instanceof UnknownRowError))
  if (specific || plans.length === 1) throw specific ?? errors[0]
  const unknown = errors[0] as UnknownRowError
  const allIds = plans.flatMap((loaded) => loaded.plan.rows.map((row) => row.id).filter((id): id is string => id !== undefined))
  const paths = plans.map((loaded) => loaded.doc.path).join(' or ')
  throw new UserError(`${unknown.message} in ${paths}`, {hint: didYouMean(suggestClosest(unknown.id, allIds)) ?? `known rows: ${allIds.slice(0, 8).join(', ')}${allIds.length > 8 ? ', …' : ''}`})
}
