import {classifyState} from '../item-state.js'
import type {Field, FixPlanItem, IndexEntry} from '../model.js'
import type {StateVocabulary} from '../plan/state-marker.js'

type ItemStatus = Pick<FixPlanItem, 'state' | 'status' | 'statusSource' | 'statusSpan'>

/**
 * A `## [ID] Title` item's state: its `Status:` field, else its index row's status, else unknown.
 * (The items themselves are read by fix-plan.ts, the reader this dialect started as.)
 */
export function bracketedState(fields: readonly Field[], entry: IndexEntry | undefined, vocabulary?: StateVocabulary): ItemStatus {
  const field = fields.find((candidate) => candidate.key.toLowerCase() === 'status')
  if (field) return {state: classifyState(field.value, vocabulary), status: field.value, statusSource: 'field', statusSpan: field.valueSpan}
  if (entry?.status !== undefined) {
    return {state: classifyState(entry.status, vocabulary), status: entry.status, statusSource: 'index', ...(entry.statusSpan && {statusSpan: entry.statusSpan})}
  }
  return {state: 'unknown', status: null, statusSource: 'none'}
}
