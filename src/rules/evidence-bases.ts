import {isAbsolute, resolve} from 'node:path'
import {folderOf, isInsideRoot} from './ledger-paths.js'
import type {RuleContext} from './rule.js'

/**
 * Folders (root-relative, `''` = the root) a path cited in a ledger may be relative to. Real
 * ledgers cite paths from the repository root (`plans/active/X/reports/...`), from the citing
 * plan's own folder (`runtime_profile.md` in a phase sub-plan) or from the initiative folder
 * (`reports/<TS>/baseline/inventory.md` in `plans/active/X/implementation.md`).
 */
export function evidenceBasesFor(rootRelativeFile: string): string[] {
  const bases = [folderOf(rootRelativeFile)]
  const initiative = initiativeFolderOf(rootRelativeFile)
  if (initiative !== undefined) bases.push(initiative)
  bases.push('')
  return [...new Set(bases)]
}

/** `plans/active/X` for any file below it, or the folder holding a `reports/` folder the file is in. */
export function initiativeFolderOf(rootRelativeFile: string): string | undefined {
  const active = /^plans\/active\/[^/]+(?=\/)/.exec(rootRelativeFile)
  if (active) return active[0]
  const reports = rootRelativeFile.indexOf('/reports/')
  return reports > 0 ? rootRelativeFile.slice(0, reports) : undefined
}

export interface Resolution {
  exists: boolean
  /** Every candidate lies outside the repository (an absolute path elsewhere, `../../..`). */
  outside: boolean
  /** The root-relative folders that were tried, for the hint. */
  tried: string[]
}

/** Looks `path` up under each base (an absolute path only as itself). */
export function resolveCitedPath(context: RuleContext, bases: readonly string[], path: string): Resolution {
  if (isAbsolute(path)) {
    const inside = isInsideRoot(context, path)
    return {exists: inside && context.pathExists(path), outside: !inside, tried: []}
  }
  const tried: string[] = []
  for (const base of bases) {
    const candidate = resolve(context.root, base, path)
    if (!isInsideRoot(context, candidate)) continue
    tried.push(base)
    if (context.pathExists(candidate)) return {exists: true, outside: false, tried}
  }
  return {exists: false, outside: tried.length === 0, tried}
}
