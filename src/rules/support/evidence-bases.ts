import {isAbsolute, relative, resolve, sep} from 'node:path'
import {contextMemo} from './context-memo.js'
import {ACTIVE_PLANS, closedInitiativePath} from '../../ledger/initiative-folders.js'
import {folderOf} from '../../ledger/repository-paths.js'
import {isInsideRoot} from './context-paths.js'
import type {RuleContext} from '../rule.js'

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

// An initiative folder below plans/active (`plans/active/X`), at the start of a path that goes on below it.
const ACTIVE_INITIATIVE = new RegExp(`^${ACTIVE_PLANS}/[^/]+(?=/)`)

/** `plans/active/X` for any file below it, or the folder holding a `reports/` folder the file is in. */
export function initiativeFolderOf(rootRelativeFile: string): string | undefined {
  const active = ACTIVE_INITIATIVE.exec(rootRelativeFile)
  if (active) return active[0]
  const reports = rootRelativeFile.indexOf('/reports/')
  return reports > 0 ? rootRelativeFile.slice(0, reports) : undefined
}

export interface Resolution {
  readonly exists: boolean
  /** Every candidate lies outside the repository (an absolute path elsewhere, `../../..`). */
  readonly outside: boolean
  /** The root-relative folders that were tried, for the hint. */
  readonly tried: readonly string[]
}

// Ledgers cite the same paths from many rows and entries: each (bases, path) is resolved once per context.
const resolutions = contextMemo<string, Resolution>()

/** Looks `path` up under each base (an absolute path only as itself). The result is shared: read-only. */
export function resolveCitedPath(context: RuleContext, bases: readonly string[], path: string): Resolution {
  // NUL cannot occur in a path, so the key is unambiguous.
  return resolutions(context, `${bases.join('\0')}\0\0${path}`, () => resolveUncached(context, bases, path))
}

function resolveUncached(context: RuleContext, bases: readonly string[], path: string): Resolution {
  if (isAbsolute(path)) {
    const inside = isInsideRoot(context, path)
    return {exists: inside && context.pathExists(path), outside: !inside, tried: []}
  }
  const tried: string[] = []
  for (const base of bases) {
    const candidate = candidateInside(context, base, path)
    if (candidate === undefined) continue
    tried.push(base)
    if (context.pathExists(candidate)) return {exists: true, outside: false, tried}
  }
  // Evidence cited while an initiative ran is found where `plan close` moved it (history keeps the old path).
  const closed = closedInitiativePath(path)
  if (closed !== undefined && resolveUncached(context, bases, closed).exists) return {exists: true, outside: false, tried}
  return {exists: false, outside: tried.length === 0, tried}
}

/**
 * Whether a template or glob, as a glob pattern (globPatternOf), matches anything under one of
 * `bases`; undefined when the context cannot match patterns (nothing then is said about it).
 */
export function patternMatches(context: RuleContext, bases: readonly string[], pattern: string): boolean | undefined {
  const {pathsMatch} = context
  if (pathsMatch === undefined) return undefined
  return bases.some((base) => {
    const folder = candidateInside(context, base, '.')
    return folder !== undefined && pathsMatch(folder, pattern)
  })
}

/** `resolve(root, base, path)` when it lies inside the repository, else undefined. */
export function candidateInside(context: RuleContext, base: string, path: string): string | undefined {
  const folder = isPlainRelative(path) ? baseFolderOf(context, base) : undefined
  if (folder === undefined || folder.inside === undefined) {
    const candidate = resolve(context.root, base, path)
    return isInsideRoot(context, candidate) ? candidate : undefined
  }
  // The fast path: path.resolve and path.relative cost more than the rest of the rule together.
  // Appending plain segments to a folder inside the root stays inside.
  if (!folder.inside) return undefined
  return folder.absolute === '/' ? `/${path}` : `${folder.absolute}/${path}`
}

interface BaseFolder {
  /** `resolve(root, base)`. */
  absolute: string
  /** Whether paths below it are inside the root; undefined when it takes path.resolve to tell (an ancestor of the root). */
  inside: boolean | undefined
}

const baseFolders = contextMemo<string, BaseFolder>()

/** What a base folder is to the root; undefined off POSIX, where only path.resolve knows. */
function baseFolderOf(context: RuleContext, base: string): BaseFolder | undefined {
  if (sep !== '/') return undefined
  return baseFolders(context, base, () => {
    const absolute = resolve(context.root, base)
    const fromRoot = relative(context.root, absolute)
    // `../shared`: everything below it is outside too; `..` or `../..` holds the root, so it depends.
    const leaves = fromRoot === '..' || fromRoot.startsWith('../')
    const inside = !leaves ? true : fromRoot.split('/').every((segment) => segment === '..') ? undefined : false
    return {absolute, inside}
  })
}

// A `.` or `..` segment, an empty one (`a//b`, a trailing `/`), or a leading `/`.
const NOT_PLAIN = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^\/|\/$/

/** `a/b.md`: relative, without `.`, `..` or empty segments, so resolving it only appends it. */
function isPlainRelative(path: string): boolean {
  return path !== '' && !NOT_PLAIN.test(path)
}
