import type {AttemptEntry, FixPlanLedger} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {scanDocument} from '../ledger/scan.js'
import {citedStringsIn} from './support/cited-strings.js'
import {evidenceBasesFor} from './support/evidence-bases.js'
import {evidencePathOf} from './support/evidence-paths.js'
import {rootRelativePath} from './support/context-paths.js'
import {evidenceSpanOf, isDone, rowName} from './support/row-evidence.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {WORKING_PLAN_KEY} from '../ledger/fix-plan/working-plan-field.js'
import {workingPlanBases, workingPlanPathsIn} from './support/working-plan.js'
import {planAliases, plansNamedBy} from './support/plan-fields.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'
import {unresolvedCitationsIn, type UnresolvedCitation} from './support/artifact-citations.js'
import {folderFieldPathsIn, folderFieldPathsOf} from './support/folder-fields.js'
import {contextMemo} from './support/context-memo.js'

/**
 * Paths cited as evidence (done rows' guidance, attempt entries) must exist, read the way a person
 * reads them (artifact-citations.ts). Git-ignored paths cannot be checked and are not reported; under
 * --staged / --since only paths the baseline did not cite yet are.
 */
export const missingArtifact: Rule = {
  id: 'missing-artifact',
  description: 'An artifact path cited by a done row or an attempt entry does not exist (an error with --strict)',
  defaultSeverity: 'warning',
  dialects: WITH_ATTEMPTS,
  check(context) {
    return missingArtifactRun(context).reports
  },
  notes(context) {
    const {ignored} = missingArtifactRun(context)
    if (ignored === 0) return []
    return [`missing-artifact: ${ignored} cited ${ignored === 1 ? 'path is' : 'paths are'} git-ignored and cannot be checked`]
  },
}

interface Cited extends UnresolvedCitation {
  citedBy: string
}

/** The rule's reports and how many cited paths git ignores (said in a note, not reported). Once per context. */
const missingArtifactRun = (context: RuleContext) => runs(context, 'run', () => run(context))
const runs = contextMemo<string, {reports: RuleReport[]; ignored: number}>()

function run(context: RuleContext): {reports: RuleReport[]; ignored: number} {
  const unresolved: Cited[] = []
  for (const plan of context.plans) {
    const bases = evidenceBasesFor(rootRelativePath(context, plan.doc.path))
    const fields = folderFieldPathsIn(plan.doc.text)
    for (const row of plan.rows) {
      const span = isDone(row) ? evidenceSpanOf(plan, row) : undefined
      const citedBy = `done row ${rowName(row)}`
      if (span) appendAll(unresolved, unresolvedCitationsIn(context, plan.doc, span, bases, fields, 'done-row').map((found) => ({...found, citedBy})))
    }
  }
  if (context.fixPlan) appendAll(unresolved, unresolvedInAttempts(context, context.fixPlan))
  const citedBefore = baselineCitations(context)
  const fresh = unresolved.filter((found) => !citedBefore.has(found.path))
  // Git is asked once, and only when something is missing.
  const ignoredPaths = (fresh.length > 0 && context.ignoredAmong?.(fresh.flatMap((found) => found.candidates))) || new Set<string>()
  const checkable = fresh.filter((found) => !found.candidates.some((candidate) => ignoredPaths.has(candidate)))
  return {reports: checkable.map((found) => reportOf(context, found)), ignored: fresh.length - checkable.length}
}

function unresolvedInAttempts(context: RuleContext, fixPlan: FixPlanLedger): Cited[] {
  const {doc} = fixPlan
  const fixPlanBases = workingPlanBases(context, fixPlan)
  const basesWith = (planPaths: string[]) => unique([...fixPlanBases, ...planPaths.flatMap((path) => evidenceBasesFor(path))])
  const found: Cited[] = []
  for (const item of fixPlan.items) {
    const bases = basesWith(plansNamedBy(context, item).map((plan) => plan.path))
    const fields = folderFieldPathsOf(item)
    for (const entry of item.attempts?.entries ?? []) {
      const citedBy = `\`[${item.id}]\` ${entryName(entry)}`
      appendAll(found, unresolvedCitationsIn(context, doc, entry.span, bases, fields, 'entry').map((citation) => ({...citation, citedBy})))
    }
  }
  const fileEntries = fixPlan.attempts?.entries ?? []
  if (fileEntries.length > 0) {
    const bases = basesWith(workingPlanPathsIn(doc.text, [WORKING_PLAN_KEY, ...planAliases(context)]))
    for (const entry of fileEntries) {
      const citedBy = `the Attempts History ${entryName(entry)}`
      appendAll(found, unresolvedCitationsIn(context, doc, entry.span, bases, [], 'entry').map((citation) => ({...citation, citedBy})))
    }
  }
  return found
}

/** Under --staged / --since: every path the baseline's ledgers cite anywhere (only newly cited paths are reported). */
function baselineCitations(context: RuleContext): Set<string> {
  const cited = new Set<string>()
  const {baseline} = context
  if (!baseline) return cited
  for (const doc of [baseline.fixPlan?.doc, ...baseline.plans.map((plan) => plan.doc)]) {
    if (doc === undefined) continue
    for (const citation of citedStringsIn(doc, scanDocument(doc), 0, doc.text.length)) {
      const evidence = evidencePathOf(citation.text)
      if (evidence === undefined) continue
      cited.add(evidence.path)
      for (const path of evidence.paths) cited.add(path)
    }
  }
  return cited
}

function reportOf(context: RuleContext, found: Cited): RuleReport {
  const what = found.glob ? `Nothing matches \`${found.path}\`, cited by ${found.citedBy}` : `Artifact \`${found.path}\` cited by ${found.citedBy} does not exist`
  return {
    ...(context.strict && {severity: 'error' as const}),
    path: found.doc.path,
    ...positionOf(found.doc, found.offset),
    message: what,
    ...(found.tried.length > 0 && {hint: `looked under ${found.tried.map(baseName).join(', ')}${namedFolders(found.namedTried)}`}),
  }
}

/** `Attempt #7`, else the entry's date, else its line's role. */
function entryName(entry: AttemptEntry): string {
  if (entry.number !== undefined) return `Attempt #${entry.number}`
  return entry.date !== undefined ? `entry \`${entry.date}\`` : 'entry'
}

function baseName(base: string): string {
  return base === '' ? 'the repository root' : `\`${base}/\``
}

function namedFolders(count: number): string {
  return count === 0 ? '' : ` and ${count} ${count === 1 ? 'folder' : 'folders'} the entry points to`
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
