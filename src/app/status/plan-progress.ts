import {globFixedPart} from '../../config/glob-fixed-part.js'
import {relative, resolve} from 'node:path'
import type {ProjectConfig} from '../../config/project-config.js'
import type {PlanLedger, PlanRow} from '../../ledger/model.js'
import {addCounts, countRows, type RowCounts} from './row-counts.js'

export interface PhaseProgress {
  /** `D1`; null for a phase heading without an ID, and for rows before any phase heading. */
  id: string | null
  /** The heading title; `(no phase)` for rows before any phase heading. */
  title: string
  /** 1-based line of the heading (of the first row, for rows before any heading). */
  line: number
  counts: RowCounts
}

export interface PlanProgress {
  /** cwd-relative. */
  path: string
  phases: PhaseProgress[]
  counts: RowCounts
}

export interface InitiativeProgress {
  /** The folder (or flat file, without `.md`) under the plans glob's fixed part: `TEST-PYTORCH-001`. */
  id: string
  /** Plans with at least one row, the initiative's own plan first. */
  plans: PlanProgress[]
  /** Plan files of the initiative with no task rows (notes, reports), left out of `plans`. */
  filesWithoutRows: number
  counts: RowCounts
}

/** The plans grouped by initiative, sorted by initiative; phases without rows are left out. */
export function initiativesOf(project: ProjectConfig, plans: readonly PlanLedger[]): InitiativeProgress[] {
  const byId = new Map<string, PlanLedger[]>()
  for (const plan of plans) {
    const id = initiativeOf(relative(project.root, resolve(project.cwd, plan.doc.path)).split('\\').join('/'), project.config.plans)
    byId.set(id, [...(byId.get(id) ?? []), plan])
  }
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, group]) => {
      const withRows = group.filter((plan) => plan.rows.length > 0).sort(byDepthThenPath).map(planProgress)
      return {id, plans: withRows, filesWithoutRows: group.length - withRows.length, counts: addCounts(withRows.map((plan) => plan.counts))}
    })
}

/**
 * The first path segment after the fixed part of the glob that matched (`plans/active/` of
 * `plans/active/**\/*.md`); a flat file there names its initiative without `.md`. A path under no
 * glob's fixed part (it cannot usually happen) is its own folder.
 */
export function initiativeOf(rootRelative: string, globs: readonly string[]): string {
  for (const glob of globs) {
    const base = globFixedPart(glob)
    if (base !== '' && !rootRelative.startsWith(`${base}/`)) continue
    const rest = base === '' ? rootRelative : rootRelative.slice(base.length + 1)
    const [first, ...more] = rest.split('/')
    if (first === undefined || first === '') continue
    return more.length === 0 ? first.replace(/\.md$/i, '') : first
  }
  const folder = rootRelative.split('/').slice(0, -1).join('/')
  return folder === '' ? rootRelative.replace(/\.md$/i, '') : folder
}


function planProgress(plan: PlanLedger): PlanProgress {
  const phases: PhaseProgress[] = []
  const inPhase = new Set<PlanRow>(plan.phases.flatMap((phase) => phase.rows))
  const loose = plan.rows.filter((row) => !inPhase.has(row))
  if (loose.length > 0) phases.push({id: null, title: '(no phase)', line: loose[0].line, counts: countRows(loose)})
  for (const phase of plan.phases) {
    if (phase.rows.length > 0) phases.push({id: phase.id ?? null, title: phase.title, line: phase.line, counts: countRows(phase.rows)})
  }
  return {path: plan.doc.path, phases, counts: countRows(plan.rows)}
}

/** An initiative's own plan (nearest the top of its folder) before the sub-plans in its reports. */
function byDepthThenPath(a: PlanLedger, b: PlanLedger): number {
  const depth = (plan: PlanLedger) => plan.doc.path.split('/').length
  return depth(a) - depth(b) || (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0)
}
