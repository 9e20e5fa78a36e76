import type {LedgerDocument} from '../ledger/document.js'
import type {AttemptEntry, FixPlanLedger, Span} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {scanOf} from './support/checked-files.js'
import {citedStringsIn} from './support/cited-strings.js'
import {evidenceBasesFor, resolveCitedPath} from './support/evidence-bases.js'
import {evidencePathOf} from './support/evidence-paths.js'
import {rootRelativePath} from './support/context-paths.js'
import {evidenceSpanOf, isDone, rowName} from './support/row-evidence.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {WORKING_PLAN_KEY} from '../ledger/fix-plan/working-plan-field.js'
import {workingPlanBases, workingPlanPathsIn, workingPlansOf} from './support/working-plan.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'

/** Paths cited as evidence (done rows' guidance, attempt entries) must exist: relative to the root, the ledger's folder or the initiative. */
export const missingArtifact: Rule = {
  id: 'missing-artifact',
  description: 'An artifact path cited by a done row or an attempt entry does not exist (an error with --strict)',
  defaultSeverity: 'warning',
  dialects: WITH_ATTEMPTS,
  check(context) {
    const reports: RuleReport[] = []
    for (const plan of context.plans) {
      const bases = evidenceBasesFor(rootRelativePath(context, plan.doc.path))
      for (const row of plan.rows) {
        const span = isDone(row) ? evidenceSpanOf(plan, row) : undefined
        if (span) appendAll(reports, missingIn(context, plan.doc, span, bases, `done row ${rowName(row)}`))
      }
    }
    if (context.fixPlan) appendAll(reports, missingInAttempts(context, context.fixPlan))
    return reports
  },
}

function missingInAttempts(context: RuleContext, fixPlan: FixPlanLedger): RuleReport[] {
  const {doc} = fixPlan
  const fixPlanBases = workingPlanBases(context, fixPlan)
  const basesWith = (planPaths: string[]) => unique([...fixPlanBases, ...planPaths.flatMap((path) => evidenceBasesFor(path))])
  const reports: RuleReport[] = []
  for (const item of fixPlan.items) {
    const bases = basesWith(workingPlansOf(item, context.config.fieldAliases[WORKING_PLAN_KEY]).map((plan) => plan.path))
    for (const entry of item.attempts?.entries ?? []) {
      appendAll(reports, missingIn(context, doc, entry.span, bases, `\`[${item.id}]\` ${entryName(entry)}`))
    }
  }
  const fileEntries = fixPlan.attempts?.entries ?? []
  if (fileEntries.length > 0) {
    const bases = basesWith(workingPlanPathsIn(doc.text, [WORKING_PLAN_KEY, ...context.config.fieldAliases[WORKING_PLAN_KEY]]))
    for (const entry of fileEntries) appendAll(reports, missingIn(context, doc, entry.span, bases, `the Attempts History ${entryName(entry)}`))
  }
  return reports
}

function missingIn(context: RuleContext, doc: LedgerDocument, span: Span, bases: string[], citedBy: string): RuleReport[] {
  const reports: RuleReport[] = []
  const reported = new Set<string>()
  for (const cited of citedStringsIn(doc, scanOf(context, doc), span.start, span.end)) {
    const evidence = evidencePathOf(cited.text)
    for (const path of evidence?.paths ?? []) {
      if (reported.has(path)) continue
      const resolution = resolveCitedPath(context, bases, path)
      if (resolution.exists || resolution.outside) continue
      reported.add(path)
      reports.push({
        ...(context.strict && {severity: 'error' as const}),
        path: doc.path,
        ...positionOf(doc, cited.offset),
        message: `Artifact \`${path}\` cited by ${citedBy} does not exist`,
        ...(resolution.tried.length > 0 && {hint: `looked under ${resolution.tried.map(baseName).join(', ')}`}),
      })
    }
  }
  return reports
}

/** `Attempt #7`, else the entry's date, else its line's role. */
function entryName(entry: AttemptEntry): string {
  if (entry.number !== undefined) return `Attempt #${entry.number}`
  return entry.date !== undefined ? `entry \`${entry.date}\`` : 'entry'
}

function baseName(base: string): string {
  return base === '' ? 'the repository root' : `\`${base}/\``
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
