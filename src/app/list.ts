import type {ProjectConfig} from '../config/project-config.js'
import {findField, workingPlanPath} from '../ledger/fix-plan/item-fields.js'
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
  /** The `Working Plan:` path, without backticks. */
  workingPlan: string | null
}

export interface ListFilters {
  status?: string
  priority?: string
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
  const fixPlan = (await loadFixPlan(project, {required: true}))!
  const items = fixPlan.items
    .map((item) => listedItem(item, fixPlan.dialect))
    .filter((item) => matches(item.status, filters.status) && matches(item.priority, filters.priority))
  const filtersShown = {status: filters.status ?? null, priority: filters.priority ?? null}
  return {path: fixPlan.doc.path, dialect: fixPlan.dialect, total: fixPlan.items.length, filters: filtersShown, items}
}

export function listedItem(item: FixPlanItem, dialect: Dialect): ListedItem {
  const entries = item.attempts?.entries ?? []
  const workingPlan = findField(item, 'Working Plan')
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
    workingPlan: (workingPlan && workingPlanPath(workingPlan.value)) ?? null,
  }
}

/** Case-insensitive exact match; no filter matches everything. */
function matches(value: string | null, filter: string | undefined): boolean {
  return filter === undefined || (value !== null && value.trim().toLowerCase() === filter.trim().toLowerCase())
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
