import {normalizeKey} from '../../ledger/fix-plan/item-fields.js'
import {WORKING_PLAN_KEY, plansInField} from '../../ledger/fix-plan/working-plan-field.js'
import type {Field, FixPlanItem} from '../../ledger/model.js'
import type {RuleContext} from '../rule.js'
import {evidencePathOf, type EvidenceKind} from './evidence-paths.js'

export interface PlanField {
  field: Field
  /** Under `Working Plan` itself, not an alias. */
  canonical: boolean
  /** Every plan the value names, in order (code spans, else link targets, else the whole value). */
  plans: NamedPlan[]
}

export interface NamedPlan {
  /** The path as written (a code span, a link target, or the whole value). */
  path: string
  /** Its first word: unbackticked values may run on (`plans/x.md (Phase D)`). */
  written: string
  /** How `written` reads as a path (a file, a template, a glob); absent for a word that is no path (a bare ID, prose). */
  kind?: EvidenceKind
  /** The file to look for (`#anchor`, `:line` and the like taken off), when `written` is a file's path. */
  file?: string
}

/**
 * Every plan field of an item: `Working Plan` and each of its aliases (`fieldAliases`), not only
 * the first that names a path. An alias such as `Plan:` also holds prose (`Plan: profile first`), so
 * under an alias only values that look like paths (a `/` or a `.md`) count; placeholders name no plan anywhere.
 */
export function planFieldsOf(item: FixPlanItem, aliases: readonly string[]): PlanField[] {
  const canonicalKey = normalizeKey(WORKING_PLAN_KEY)
  const aliasKeys = new Set(aliases.map(normalizeKey))
  const found: PlanField[] = []
  for (const field of item.fields) {
    const key = normalizeKey(field.key)
    const canonical = key === canonicalKey
    if (!canonical && !aliasKeys.has(key)) continue
    const paths = plansInField(field.value, canonical)
    if (paths.length > 0) found.push({field, canonical, plans: paths.map(namedPlan)})
  }
  return found
}

/** Every plan an item names, under any of the context's plan-field names, in field order. */
export function plansNamedBy(context: RuleContext, item: FixPlanItem): NamedPlan[] {
  return planFieldsOf(item, planAliases(context)).flatMap((planField) => planField.plans)
}

/** The configured other names of `Working Plan`. */
export function planAliases(context: RuleContext): readonly string[] {
  return context.config.fieldAliases[WORKING_PLAN_KEY] ?? []
}

function namedPlan(path: string): NamedPlan {
  const written = path.split(/\s+/)[0]
  const evidence = written === '' ? undefined : evidencePathOf(written)
  return {path, written, ...(evidence && {kind: evidence.kind}), ...(evidence?.kind === 'path' && {file: evidence.path})}
}
