import {posix} from 'node:path'
import {DEFAULT_ARCHIVE, DEFAULT_FINDINGS, DEFAULT_FIX_PLAN_CANDIDATES, DEFAULT_PLANS, type PlanledgerConfig} from '../../config/config.js'

/** Ledger-looking paths found in a repository, relative to its root with `/` separators. */
export interface LedgerCandidates {
  fixPlans: string[]
  findings: string[]
  archives: string[]
  /** Folders named `plans/active`. */
  activePlanFolders: string[]
  /** Folders named `plans`, the fallback when there is no `plans/active`. */
  planFolders: string[]
}

/** Ledgers live near the top; deeper copies are fixtures, examples or reports. */
export const SEARCH_DEPTH = 4

const IGNORED = ['**/node_modules/**', '**/.git/**']

/** Looks for ledgers under `root` (hidden folders and node_modules skipped, at most SEARCH_DEPTH folders deep). */
export async function findLedgerCandidates(root: string): Promise<LedgerCandidates> {
  const {glob} = await import('tinyglobby')
  const base = {cwd: root, ignore: IGNORED, deep: SEARCH_DEPTH, expandDirectories: false}
  const [files, hidden, activePlanFolders, planFolders] = await Promise.all([
    glob(['**/fix_plan.md', '**/@fix_plan.md', '**/findings.md', '**/fix_plan_archive.md'], {...base, onlyFiles: true}),
    // Hidden folders are skipped, but for the one loops keep their ledgers in.
    glob(['.agent/fix_plan.md', '.agent/@fix_plan.md', '.agent/findings.md', '.agent/fix_plan_archive.md'], {...base, onlyFiles: true, dot: true}),
    glob(['**/plans/active'], {...base, onlyDirectories: true}),
    glob(['**/plans'], {...base, onlyDirectories: true}),
  ])
  const named = (...names: string[]) => [...files, ...hidden].filter((path) => names.includes(posix.basename(path)))
  const folder = (path: string) => path.replace(/\/$/, '')
  return {
    fixPlans: named('fix_plan.md', '@fix_plan.md'),
    findings: named('findings.md'),
    archives: named('fix_plan_archive.md'),
    activePlanFolders: activePlanFolders.map(folder),
    planFolders: planFolders.map(folder),
  }
}

/**
 * The configuration to write: a key for every ledger found, none for what is absent (a configured
 * path must exist, a default may be missing). Defaults win over other finds, then a file beside the
 * fix plan, then the shallowest path (alphabetical among equals).
 */
export function chooseLedgers(found: LedgerCandidates): PlanledgerConfig {
  const config: PlanledgerConfig = {}
  const fixPlan = pick(found.fixPlans, DEFAULT_FIX_PLAN_CANDIDATES)
  const besideFixPlan = (name: string) => (fixPlan === undefined ? [] : [posix.join(posix.dirname(fixPlan), name)])
  if (fixPlan !== undefined) config.fixPlan = fixPlan
  const findings = pick(found.findings, [DEFAULT_FINDINGS, ...besideFixPlan('findings.md')])
  if (findings !== undefined) config.findings = findings
  const plans = choosePlans(found)
  if (plans !== undefined) config.plans = plans
  const archive = pick(found.archives, [DEFAULT_ARCHIVE, ...besideFixPlan('fix_plan_archive.md')])
  if (archive !== undefined) config.archive = archive
  return config
}

function choosePlans(found: LedgerCandidates): string[] | undefined {
  const active = pick(found.activePlanFolders, ['plans/active'])
  if (active === 'plans/active') return [...DEFAULT_PLANS]
  if (active !== undefined) return [`${active}/**/*.md`]
  const plans = pick(found.planFolders, ['plans'])
  return plans === undefined ? undefined : [`${plans}/**/*.md`]
}

function pick(paths: string[], preferred: string[]): string | undefined {
  const first = preferred.find((path) => paths.includes(path))
  if (first !== undefined) return first
  return [...paths].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0]
}

function depth(path: string): number {
  return path.split('/').length
}

/** `.planledger.json` as init writes it: two-space JSON, keys in README order, a final newline. */
export function configFileText(config: PlanledgerConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`
}

/** One line naming what was detected, e.g. `fixPlan docs/fix_plan.md, plans plans/active/**\/*.md`. */
export function describeConfig(config: PlanledgerConfig): string {
  const parts = Object.entries(config).map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(' ') : String(value)}`)
  return parts.length === 0 ? 'no ledgers found, defaults apply' : parts.join(', ')
}
