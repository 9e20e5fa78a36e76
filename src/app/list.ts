import type {ProjectConfig} from '../io/find-config.js'
import {findField} from '../ledger/item-fields.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/working-plan-field.js'
import type {AttemptEntry, FixPlanItem} from '../ledger/model.js'
import {leadingStatusWord, statusWordsFor} from '../edit/status-word.js'
import {loadFixPlan} from './load-ledgers.js'

export interface ListedItem {
  id: string
  title: string
  line: number
  status: string | null
  priority: string | null
  /** Number of Attempts History entries. */
  attempts: number
  /** Date of the last entry in file order (what the loop appended last). */
  lastAttemptDate: string | null
  /** The latest date among all entries (dates are not always in order). */
  latestAttemptDate: string | null
  /** The first plan of the `Working Plan:` field (or an alias such as `Plan Reference:`), without backticks. */
  workingPlan: string | null
  /** Every plan that field names, in order (`` `a.md`, `b.md` ``). */
  workingPlans: string[]
}

export interface ListFilters {
  status?: string
  priority?: string
}

export interface ListResult {
  path: string
  filters: {status: string | null; priority: string | null}
  items: ListedItem[]
}

export async function listItems(project: ProjectConfig, filters: ListFilters): Promise<ListResult> {
  const fixPlan = (await loadFixPlan(project, {required: true}))!
  const items = fixPlan.items
    .map((item) => listedItem(item, project.config.fieldAliases[WORKING_PLAN_KEY]))
    .filter((item) => matches(item.status, filters.status, statusWordsFor) && matches(item.priority, filters.priority, (word) => [word]))
  return {path: fixPlan.doc.path, filters: {status: filters.status ?? null, priority: filters.priority ?? null}, items}
}

export function listedItem(item: FixPlanItem, workingPlanAliases?: readonly string[]): ListedItem {
  const entries = item.attempts?.entries ?? []
  const workingPlans = workingPlanField(item, workingPlanAliases)?.paths ?? []
  return {
    id: item.id,
    title: item.title,
    line: item.line,
    status: findField(item, 'Status')?.value ?? null,
    priority: findField(item, 'Priority')?.value ?? null,
    attempts: entries.length,
    lastAttemptDate: lastDated(entries)?.date ?? null,
    latestAttemptDate: latestDate(entries) ?? null,
    workingPlan: workingPlans[0] ?? null,
    workingPlans,
  }
}

/**
 * The value's leading word is one the filter selects (as archive and check read a Status):
 * `blocked (profiling halted)` is blocked, and `--status done` takes complete(d) too. No filter matches everything.
 */
function matches(value: string | null, filter: string | undefined, wordsFor: (filter: string) => string[]): boolean {
  if (filter === undefined) return true
  const word = value === null ? undefined : leadingStatusWord(value)
  const wanted = leadingStatusWord(filter) ?? filter.trim().toLowerCase()
  return word !== undefined && wordsFor(wanted).includes(word)
}

function lastDated(entries: readonly AttemptEntry[]): AttemptEntry | undefined {
  return [...entries].reverse().find((entry) => entry.date !== undefined)
}

/** Compares dates by their digits: `2025-10-16T23:05:39Z` and `2026-01-13T202358Z` sort alike. */
function latestDate(entries: readonly AttemptEntry[]): string | undefined {
  let latest: {date: string; key: string} | undefined
  for (const {date} of entries) {
    if (date === undefined) continue
    const key = date.replace(/\D/g, '')
    if (latest === undefined || key >= latest.key) latest = {date, key}
  }
  return latest?.date
}
