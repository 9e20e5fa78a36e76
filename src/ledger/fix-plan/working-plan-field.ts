import {findField, normalizeKey, workingPlanPaths} from './item-fields.js'
import type {Field, FixPlanItem} from '../model.js'

/** The field an item's working plan is read from. */
export const WORKING_PLAN_KEY = 'Working Plan'

/** Other names real ledgers give it; `.planledger.json` `fieldAliases["Working Plan"]` replaces the list. */
export const DEFAULT_WORKING_PLAN_ALIASES: readonly string[] = ['Plan Reference', 'Plan References', 'Plan Ref', 'Plan']

export interface WorkingPlanField {
  field: Field
  /** Every plan the value names, in order (`` `a.md`, `b.md` ``); at least one. */
  paths: string[]
}

// What stands in a plan field before there is a plan: `none`, `n/a`, `TBD`, `—`, `(none yet)`.
const PLACEHOLDER = /^[([]*(?:none|n\/?a|tbd|tba|todo|pending|null|nil|[—–-]+)(?:\s+yet)?[)\].,:;]*$/i

/**
 * The item's working plan: a `Working Plan:` field that names one wins; else the first field under an alias
 * whose value names a path. An alias such as `Plan:` also holds prose (`Plan: see below`), so
 * there only values that look like paths (a `/` or a `.md`) count. Placeholders (`TBD`) name no plan.
 */
export function workingPlanField(item: FixPlanItem, aliases: readonly string[] = DEFAULT_WORKING_PLAN_ALIASES): WorkingPlanField | undefined {
  const canonical = findField(item, WORKING_PLAN_KEY)
  const written = canonical && plansInField(canonical.value, true)
  if (canonical && written && written.length > 0) return {field: canonical, paths: written}
  const names = new Set(aliases.map(normalizeKey))
  for (const field of item.fields) {
    if (!names.has(normalizeKey(field.key))) continue
    const paths = plansInField(field.value, false)
    if (paths.length > 0) return {field, paths}
  }
  return undefined
}

/**
 * The plans a plan field's value names, placeholders left out. Under `Working Plan` itself any
 * other value counts; under an alias only values that look like paths (a `/` or a `.md`).
 */
export function plansInField(value: string, canonical: boolean): string[] {
  return workingPlanPaths(value).filter((path) => !isPlaceholder(path) && (canonical || /[\\/]|\.md\b/i.test(path)))
}

/** The names a working plan is written under: the key and its aliases. */
export function workingPlanKeys(aliases: readonly string[] = DEFAULT_WORKING_PLAN_ALIASES): string[] {
  return [WORKING_PLAN_KEY, ...aliases]
}

/** `none`, `n/a`, `TBD`, `—`, `(none yet)`, also with a note after it (`TBD (after Phase C)`). */
function isPlaceholder(value: string): boolean {
  const text = value.trim()
  return PLACEHOLDER.test(text) || PLACEHOLDER.test(text.split(/\s+/)[0])
}
