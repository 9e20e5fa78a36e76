import {ACTIVE_PLANS, ARCHIVED_PLANS, closedInitiativePath} from '../ledger/initiative-folders.js'
import {itemLabel} from '../ledger/item-label.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {rootRelativePath} from './support/context-paths.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'
import {candidateInside} from './support/evidence-bases.js'
import {closedStatusOf} from './support/item-status.js'
import {isSettled} from '../ledger/fix-plan/settled-item.js'
import {planAliases, planFieldsOf, type NamedPlan, type PlanField} from './support/plan-fields.js'
import {positionOf} from './support/text-position.js'
import {workingPlanBases} from './support/working-plan.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'

// `plans/active/<ID>` and what follows it: an initiative's plan is a folder `<ID>/` or a flat `<ID>.md`.
const INITIATIVE = new RegExp(`^(.*?(?:${ACTIVE_PLANS}|${ARCHIVED_PLANS})/)([^/]+?)(\\.md|/.*)?$`)
// A bare initiative ID as the whole value (`Working Plan: TEST-PYTORCH-001`): a digit or a dash joining capitals.
const INITIATIVE_ID = /^(?=[\p{L}\p{N}._+-]*\d|[\p{Lu}\d]+(?:[-_.][\p{Lu}\d]+)+$)[\p{L}\p{N}][\p{L}\p{N}._+-]*$/u

/**
 * Every plan an item's plan fields name (Working Plan under any alias) must exist, from the
 * repository root or the fix plan's folder. A folder or bare initiative ID resolves to either
 * layout (`plans/active/X/` or `plans/active/X.md`). Error while the item is open or at work; a
 * warning once it is done or archived, since finished plans move. Placeholders (`none`, `TBD`, `—`),
 * templates and globs name no file to look for.
 */
export const planReference: Rule = {
  id: 'plan-reference',
  description: "A plan field (Working Plan or an alias such as Plan Reference) names a plan that does not exist (error; warning once the item is done)",
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    return fixPlan.items.flatMap((item) => planFieldsOf(item, planAliases(context)).flatMap((planField) => planField.plans.flatMap((plan) => pathReports(context, fixPlan, item, planField, plan))))
  },
}

function pathReports(context: RuleContext, fixPlan: FixPlanLedger, item: FixPlanItem, planField: PlanField, plan: NamedPlan): RuleReport[] {
  const {written} = plan
  const candidates = candidatePaths(plan, planField.canonical)
  if (candidates === undefined) return []
  const {doc} = fixPlan
  const offset = doc.text.indexOf(written, planField.field.valueSpan.start)
  const at = {path: doc.path, ...positionOf(doc, offset === -1 ? planField.field.valueSpan.start : offset)}
  const label = itemLabel(item, fixPlan.dialect)
  const bases = workingPlanBases(context, fixPlan)
  const inside = candidates.flatMap((candidate) => bases.map((base) => candidateInside(context, base, candidate))).filter((candidate): candidate is string => candidate !== undefined)
  if (inside.length === 0) return [{...at, severity: 'warning', message: `Working Plan \`${written}\` of \`${label}\` escapes the repository`}]
  if (inside.some((candidate) => context.pathExists(candidate))) return []
  const closed = closedStatusOf(item)
  // Done, archived or skipped: finished plans move, so a missing one is only a warning.
  const done = isSettled(item)
  const elsewhere = movedTo(context, bases, candidates[0])
  return [
    {
      ...at,
      ...(done && {severity: 'warning' as const}),
      message: `Working Plan \`${written}\` of \`${label}\` ${candidates[0] === written ? 'does not exist' : `names no plan (${candidates.map((candidate) => `\`${candidate}\``).join(' or ')})`}`,
      hint: elsewhere
        ? `the plan is at \`${elsewhere}\`: point the field there`
        : done
          ? `${closed ? `the item's Status is \`${closed.value}\`` : 'the item is done'}; point it at where the finished plan now lives`
          : didYouMean(suggestClosest(candidates[0], context.plans.map((plan) => rootRelativePath(context, plan.doc.path)), {max: 1})) ?? 'paths resolve from the repository root',
    },
  ]
}

/**
 * The files that satisfy a written plan path, first the path itself; undefined when it names no file
 * to look for (prose, a template, a glob). `plans/active/X` and `plans/active/X/` stand for the
 * initiative in either layout; a bare ID under `Working Plan` itself is such an initiative.
 */
function candidatePaths({written, kind, file}: NamedPlan, canonical: boolean): string[] | undefined {
  if (kind === undefined) {
    return canonical && INITIATIVE_ID.test(written) ? [`${ACTIVE_PLANS}/${written}/`, `${ACTIVE_PLANS}/${written}.md`] : undefined
  }
  if (file === undefined) return undefined
  const initiative = INITIATIVE.exec(file.replace(/\/$/, ''))
  if (initiative && (initiative[3] === undefined || initiative[3] === '/')) return [file, `${initiative[1]}${initiative[2]}.md`]
  return [file]
}

/** Where the plan lies instead: its initiative in the other layout, or moved to plans/archive by `plan close`. */
function movedTo(context: RuleContext, bases: readonly string[], file: string): string | undefined {
  const initiative = INITIATIVE.exec(file.replace(/\/$/, ''))
  const others = initiative ? [`${initiative[1]}${initiative[2]}.md`, `${initiative[1]}${initiative[2]}/implementation.md`, `${initiative[1]}${initiative[2]}/plan.md`, `${initiative[1]}${initiative[2]}/`] : []
  const closed = closedInitiativePath(file)
  if (closed !== undefined) others.push(closed)
  for (const other of others) {
    if (other === file) continue
    for (const base of bases) {
      const candidate = candidateInside(context, base, other)
      if (candidate !== undefined && context.pathExists(candidate)) return base === '' ? other : `${base}/${other}`
    }
  }
  return undefined
}
