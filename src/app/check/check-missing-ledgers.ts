import type {ProjectConfig} from '../../config/project-config.js'
import type {MissingLedger} from '../../rules/rule.js'
import type {LedgerSource} from './check-source.js'
import type {CheckTarget} from './check-targets.js'
import {shownPath} from '../locate-ledgers.js'

/** What --staged / --since compare with: the baseline source (its name is how messages name it), and how to ask git for renames. */
export interface Baseline {
  source: LedgerSource
  renames(): Promise<Map<string, string>>
}

/** Where the configured ledgers went, and what to check and compare as a result. */
export interface LedgerTrace {
  /** What the missing-ledger rule reports now. */
  missing: MissingLedger[]
  /** What it would have reported at the baseline (a configured ledger absent there too), so that counts as already present. */
  missingAtBaseline: MissingLedger[]
  /** The files to check: the present targets, with a renamed ledger's new file in the old one's place. */
  targets: CheckTarget[]
  /** The baseline versions to compare with, texts read, keyed as the files they are compared with (a renamed ledger under its new path). */
  baselineTargets: CheckTarget[]
}

/**
 * Follows the configured ledgers that are not in the current source. Plain `check`: a configured one
 * is missing. Under --staged / --since, one the baseline had was deleted, or renamed (git says so):
 * then its new file is checked against its old text, so rewritten history is still caught (also
 * when the configuration already names the new path). One read of the baseline for every target;
 * git is asked for renames only when a ledger has gone, or is new since the baseline.
 */
export async function traceLedgers(project: ProjectConfig, selected: CheckTarget[], baseline: Baseline | undefined): Promise<LedgerTrace> {
  const present = selected.filter((target) => !target.absent)
  const absent = selected.filter((target) => target.absent)
  const neverThere = (target: CheckTarget): MissingLedger[] => (target.absent === 'configured' && target.checked ? [{role: ledgerRole(target), path: target.shown, change: 'absent'}] : [])
  if (!baseline) return {missing: absent.flatMap(neverThere), missingAtBaseline: [], targets: present, baselineTargets: []}

  const texts = await baseline.source.read(selected, false)
  const atBaseline = (target: CheckTarget) => texts.get(target.rootRelative) !== undefined
  // A ledger new at the baseline may be an old one renamed, the configuration already updated.
  const fresh = present.filter((target) => target.role !== 'plan' && target.role !== 'journal' && !atBaseline(target))
  const renames = absent.some(atBaseline) || fresh.length > 0 ? await baseline.renames() : new Map<string, string>()
  const renamedFrom = new Map([...renames].map(([from, to]) => [to, from]))
  const formerPaths = fresh.flatMap((target) => renamedFrom.get(target.rootRelative) ?? [])
  const formerTexts =
    formerPaths.length > 0 ? await baseline.source.read(formerPaths.map((from) => ({rootRelative: from, shown: shownPath(project, from)})), false) : new Map<string, string | undefined>()
  const trace: LedgerTrace = {missing: [], missingAtBaseline: [], targets: [], baselineTargets: []}
  const renamedTo = new Set<string>()
  for (const target of absent) {
    const text = texts.get(target.rootRelative)
    if (text === undefined) {
      trace.missing.push(...neverThere(target))
      trace.missingAtBaseline.push(...neverThere(target))
      continue
    }
    const newPath = renames.get(target.rootRelative)
    if (newPath === undefined) {
      if (target.checked) trace.missing.push({role: ledgerRole(target), path: target.shown, change: 'deleted', baseline: baseline.source.name})
      // The baseline is checked as it was, the deleted ledger with it.
      trace.baselineTargets.push({...target, text})
      continue
    }
    const renamed: CheckTarget = {rootRelative: newPath, shown: shownPath(project, newPath), role: target.role, checked: target.checked}
    if (target.checked) trace.missing.push({role: ledgerRole(target), path: target.shown, change: 'renamed', renamedTo: {path: renamed.shown, rootRelative: newPath}})
    renamedTo.add(newPath)
    trace.targets.push(renamed)
    trace.baselineTargets.push({...renamed, text})
  }
  // A renamed ledger may also match the plan globs: it is checked once, as the ledger it was.
  for (const target of present) {
    if (renamedTo.has(target.rootRelative)) continue
    trace.targets.push(target)
    const from = renamedFrom.get(target.rootRelative)
    const text = texts.get(target.rootRelative) ?? (from === undefined ? undefined : formerTexts.get(from))
    if (text !== undefined) trace.baselineTargets.push({...target, text})
  }
  return trace
}

function ledgerRole(target: CheckTarget): MissingLedger['role'] {
  return target.role === 'findings' ? 'findings' : 'fix-plan'
}
