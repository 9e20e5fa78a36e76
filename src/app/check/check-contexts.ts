import type {FixPlanReadOptions} from '../../ledger/dialects/reader-options.js'
import type {ResolvedConfig} from '../../config/config.js'
import type {FindingsLedger, FixPlanLedger, PlanLedger} from '../../ledger/model.js'
import type {StateVocabulary} from '../../ledger/plan/state-marker.js'
import type {BaselineLedgers, CheckedFile, MissingLedger, RuleContext} from '../../rules/rule.js'
import type {LedgerSource} from './check-source.js'
import type {CheckTarget} from './check-targets.js'

/** One target read and parsed with the reader its role calls for. */
export interface LoadedTarget {
  target: CheckTarget
  file: CheckedFile
  fixPlan?: FixPlanLedger
  findings?: FindingsLedger
  plan?: PlanLedger
}

/** What every context shares. */
export interface ContextBase {
  root: string
  cwd: string
  config: ResolvedConfig
  strict: boolean
  /** Today (UTC) as YYYY-MM-DD. */
  today?: string
  pathExists(absolutePath: string): boolean
  pathsMatch?(absoluteFolder: string, pattern: string): boolean
  pathEndsBelow?(absoluteFolder: string, tail: string): boolean
  ignoredAmong?(absolutePaths: readonly string[]): ReadonlySet<string>
  missingLedgers?: MissingLedger[]
}

/**
 * Reads and parses the targets from `source` (texts already read are reused). `required`: an
 * absent target is an error (the current files); otherwise it is left out (the baseline).
 * `vocabulary`: the project's state markers, for plan rows; `fixPlanOptions`: the fix plan's dialect settings.
 */
export async function loadTargets(
  source: LedgerSource,
  targets: CheckTarget[],
  required: boolean,
  reuseTexts: boolean,
  vocabulary?: StateVocabulary,
  fixPlanOptions?: FixPlanReadOptions,
): Promise<LoadedTarget[]> {
  const [{createDocument}, {scanDocument}, {readFixPlan}, {readFindings}, {readPlan}] = await Promise.all([
    import('../../ledger/document.js'),
    import('../../ledger/scan.js'),
    import('../../ledger/fix-plan/fix-plan.js'),
    import('../../ledger/findings/findings.js'),
    import('../../ledger/plan/plan.js'),
  ])
  const unread = targets.filter((target) => !reuseTexts || target.text === undefined)
  const texts = unread.length > 0 ? await source.read(unread, required) : new Map<string, string | undefined>()
  const loaded: LoadedTarget[] = []
  for (const target of targets) {
    const text = reuseTexts && target.text !== undefined ? target.text : texts.get(target.rootRelative)
    if (text === undefined) continue
    const doc = createDocument(target.shown, text)
    const scan = scanDocument(doc)
    const file: CheckedFile = {role: target.role, doc, scan}
    if (target.role === 'fix-plan') loaded.push({target, file, fixPlan: readFixPlan(doc, scan, fixPlanOptions)})
    else if (target.role === 'findings') loaded.push({target, file, findings: readFindings(doc, scan)})
    else if (target.role === 'journal') loaded.push({target, file})
    else loaded.push({target, file, plan: readPlan(doc, scan, vocabulary)})
  }
  return loaded
}

/**
 * Rule contexts over the loaded files. A context holds at most one fix plan and one findings
 * ledger, so the first of each (the configured one, when loaded) goes with every plan into the main
 * context, and each further fix plan or findings ledger (PATHS may name several) gets a context of
 * its own, with the main findings ledger as reference. `baseline` maps root-relative paths to their
 * baseline versions.
 */
export function buildContexts(base: ContextBase, loaded: LoadedTarget[], baseline?: Map<string, LoadedTarget>): RuleContext[] {
  const fixPlans = loaded.filter((entry) => entry.fixPlan)
  const findings = loaded.filter((entry) => entry.findings)
  const plans = loaded.filter((entry) => entry.plan)
  const journals = loaded.filter((entry) => entry.target.role === 'journal')
  const [mainFixPlan, ...otherFixPlans] = fixPlans
  const [mainFindings, ...otherFindings] = findings
  const baselineOf = (entries: Array<LoadedTarget | undefined>): BaselineLedgers | undefined => {
    if (!baseline) return undefined
    const at = (entry?: LoadedTarget) => (entry ? baseline.get(entry.target.rootRelative) : undefined)
    return {
      fixPlan: at(entries[0])?.fixPlan,
      findings: at(entries[1])?.findings,
      plans: entries.slice(2).flatMap((entry) => at(entry)?.plan ?? []),
      journals: journals.flatMap((entry) => at(entry)?.file ?? []),
    }
  }
  const context = (fixPlan: LoadedTarget | undefined, findingsLedger: LoadedTarget | undefined, planEntries: LoadedTarget[], own: LoadedTarget[], withJournals = false): RuleContext => ({
    ...base,
    ...(withJournals && journals.length > 0 && {journals: journals.map((entry) => entry.file)}),
    fixPlan: fixPlan?.fixPlan,
    findings: findingsLedger?.findings,
    plans: planEntries.map((entry) => entry.plan!),
    files: own.map((entry) => entry.file),
    baseline: baselineOf([fixPlan, findingsLedger, ...planEntries]),
  })
  const present = (entries: Array<LoadedTarget | undefined>) => entries.filter((entry): entry is LoadedTarget => entry !== undefined)
  return [
    context(mainFixPlan, mainFindings, plans, present([mainFixPlan, mainFindings, ...plans]), true),
    ...otherFixPlans.map((entry) => context(entry, mainFindings, [], [entry])),
    ...otherFindings.map((entry) => context(undefined, entry, [], [entry])),
  ]
}
