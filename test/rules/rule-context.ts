import picomatch from 'picomatch'
import {dirname, resolve} from 'node:path'
import {fixPlanReadOptions} from '../../src/app/fix-plan-options.js'
import {resolveConfig, type PlanledgerConfig} from '../../src/config/config.js'
import type {FixPlanReadOptions} from '../../src/ledger/dialects/reader-options.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {stateVocabularyOf, type StateVocabulary} from '../../src/ledger/plan/state-marker.js'
import type {BaselineLedgers, CheckedFile, RuleContext} from '../../src/rules/rule.js'

export const FAKE_ROOT = '/repo'

export interface ContextSpec {
  /** Text of docs/fix_plan.md. */
  fixPlan?: string
  /** Text of docs/findings.md. */
  findings?: string
  /** Plan files by root-relative path. */
  plans?: Record<string, string>
  /** Root-relative paths that exist (ledger paths exist implicitly). */
  existing?: string[]
  baseline?: {fixPlan?: string; findings?: string; plans?: Record<string, string>}
  config?: PlanledgerConfig
  strict?: boolean
  /** Today as YYYY-MM-DD; absent: the rules judge no date against today. */
  today?: string
  /** Root-relative paths git ignores (and everything below them). */
  ignored?: string[]
}

/** Every `ignoredAmong` call the contexts made, oldest first (tests assert one call, or none). */
export const ignoreQueries: string[][] = []

/** A rule context built from in-memory texts, rooted at /repo with cwd = root, for rule unit tests. */
export function contextFrom(spec: ContextSpec): RuleContext {
  const files: CheckedFile[] = []
  const add = (role: CheckedFile['role'], path: string, text: string) => {
    const doc = createDocument(path, text)
    const file = {role, doc, scan: scanDocument(doc)}
    files.push(file)
    return file
  }
  const fixPlanFile = spec.fixPlan === undefined ? undefined : add('fix-plan', 'docs/fix_plan.md', spec.fixPlan)
  const findingsFile = spec.findings === undefined ? undefined : add('findings', 'docs/findings.md', spec.findings)
  const planFiles = Object.entries(spec.plans ?? {}).map(([path, text]) => add('plan', path, text))
  const config = resolveConfig(spec.config)
  // As check reads them: plans with the project's state vocabulary, the fix plan with its dialect, idPattern and vocabulary.
  const vocabulary = stateVocabularyOf(config.states)
  const fixPlanOptions = fixPlanReadOptions(config)
  const existing = new Set([...(spec.existing ?? []), ...files.map((file) => file.doc.path)].map((path) => resolve(FAKE_ROOT, path)))
  // As on disk: the folders holding an existing path exist too.
  for (const path of [...existing]) for (let folder = dirname(path); folder !== FAKE_ROOT && folder !== '/'; folder = dirname(folder)) existing.add(folder)
  const ignored = new Set((spec.ignored ?? []).map((path) => resolve(FAKE_ROOT, path)))
  return {
    root: FAKE_ROOT,
    cwd: FAKE_ROOT,
    config,
    fixPlan: fixPlanFile && readFixPlan(fixPlanFile.doc, fixPlanFile.scan, fixPlanOptions),
    findings: findingsFile && readFindings(findingsFile.doc, findingsFile.scan),
    plans: planFiles.map((file) => readPlan(file.doc, file.scan, vocabulary)),
    files,
    baseline: spec.baseline && baselineFrom(spec.baseline, vocabulary, fixPlanOptions),
    strict: spec.strict ?? false,
    ...(spec.today !== undefined && {today: spec.today}),
    pathExists: (absolutePath) => existing.has(resolve(absolutePath)),
    pathsMatch: (folder, pattern) => {
      const matches = picomatch(pattern, {dot: true})
      return [...existing].some((path) => path.startsWith(`${folder}/`) && matches(path.slice(folder.length + 1)))
    },
    pathEndsBelow: (folder, tail) => [...existing].some((path) => path.startsWith(`${folder}/`) && (path === `${folder}/${tail}` || path.endsWith(`/${tail}`))),
    ignoredAmong: (absolutePaths) => {
      ignoreQueries.push([...absolutePaths])
      return new Set(absolutePaths.filter((path) => [...ignored].some((root) => path === root || path.startsWith(`${root}/`))))
    },
  }
}

function baselineFrom(spec: NonNullable<ContextSpec['baseline']>, vocabulary: StateVocabulary, fixPlanOptions: FixPlanReadOptions): BaselineLedgers {
  const read = <T>(path: string, text: string, reader: (doc: ReturnType<typeof createDocument>, scan: ReturnType<typeof scanDocument>) => T): T => {
    const doc = createDocument(path, text)
    return reader(doc, scanDocument(doc))
  }
  return {
    fixPlan: spec.fixPlan === undefined ? undefined : read('docs/fix_plan.md', spec.fixPlan, (doc, scan) => readFixPlan(doc, scan, fixPlanOptions)),
    findings: spec.findings === undefined ? undefined : read('docs/findings.md', spec.findings, readFindings),
    plans: Object.entries(spec.plans ?? {}).map(([path, text]) => read(path, text, (doc, scan) => readPlan(doc, scan, vocabulary))),
  }
}
