import type {ProjectConfig} from '../config/project-config.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import {statusWordsFor} from '../ledger/fix-plan/status-word.js'
import {WORKING_PLAN_KEY, workingPlanField} from '../ledger/fix-plan/working-plan-field.js'
import {classifyState, leadingStatusWord} from '../ledger/item-state.js'
import type {AttemptEntry, Dialect, FixPlanItem, ItemState} from '../ledger/model.js'
import {loadFixPlan} from './load-ledgers.js'

export interface ListedItem {
  /** Null when the item has no ID (its title names it). */
  id: string | null
  title: string
  line: number
  state: ItemState
  /** The status as written: the Status field for `## [ID]` items, else the box, heading marker or cell. */
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
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
}

export interface ListResult {
  path: string
  dialect: Dialect
  /** Items in the file before filtering. */
  total: number
  filters: {status: string | null; priority: string | null}
  items: ListedItem[]
}

export async function listItems(project: ProjectConfig, filters: ListFilters): Promise<ListResult> {
  const fixPlan = (await loadFixPlan(project, {required: true, file: filters.file}))!
  const items = fixPlan.items
    .map((item) => listedItem(item, fixPlan.dialect, project.config.fieldAliases[WORKING_PLAN_KEY]))
    .filter((item) => matchesStatus(item, filters.status) && matches(item.priority, filters.priority, (word) => [word]))
  const filtersShown = {status: filters.status ?? null, priority: filters.priority ?? null}
  return {path: fixPlan.doc.path, dialect: fixPlan.dialect, total: fixPlan.items.length, filters: filtersShown, items}
}

export function listedItem(item: FixPlanItem, dialect: Dialect, workingPlanAliases?: readonly string[]): ListedItem {
  const entries = item.attempts?.entries ?? []
  const workingPlans = workingPlanField(item, workingPlanAliases)?.paths ?? []
  return {
    id: item.id,
    title: item.title,
    line: item.line,
    state: item.state,
    // `## [ID]` items list their Status field only (an index row's status stays the index's), as before dialects.
    status: dialect === 'bracketed-headings' ? (findField(item, 'Status')?.value ?? null) : item.status,
    priority: findField(item, 'Priority')?.value ?? null,
    attempts: entries.length,
    lastAttemptDate: lastDated(entries)?.date ?? null,
    latestAttemptDate: latestDate(entries) ?? null,
    workingPlan: workingPlans[0] ?? null,
    workingPlans,
  }
}

/**
 * `--status` selects by the status's leading word, as archive and check read a Status (`blocked
 * (profiling halted)` is blocked, `--status done` takes complete(d) too), or by the item's state
 * (`--status done` lists ticked boxes, whose status is only `x`). No filter matches everything.
 */
function matchesStatus(item: ListedItem, filter: string | undefined): boolean {
  if (filter === undefined) return true
  if (matches(item.status, filter, statusWordsFor)) return true
  const wanted = classifyState(filter)
  return wanted !== 'unknown' && item.state === wanted
}

/** The value's leading word is one the filter selects. */
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
