import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {exists} from '../io/find-config.js'

// Path helpers every loader shares; kept free of other app imports so readers and loaders can both use them.

export interface LoadOptions {
  /** Fail when a default-located ledger is absent (a configured one must always exist). */
  required: boolean
}

/** A root-relative (or absolute) path as the user sees it from cwd. */
export function shownPath(project: ProjectConfig, rootRelative: string): string {
  return relative(project.cwd, resolve(project.root, rootRelative)) || '.'
}

export async function fileExists(project: ProjectConfig, rootRelative: string): Promise<boolean> {
  return exists(resolve(project.root, rootRelative))
}

/** The fix plan's cwd-relative path: the configured one, else the first default candidate present. */
export async function locateFixPlan(project: ProjectConfig, options: LoadOptions): Promise<string | undefined> {
  const candidates = project.config.fixPlanCandidates
  if (project.config.user.fixPlan !== undefined) return shownPath(project, candidates[0])
  for (const candidate of candidates) if (await fileExists(project, candidate)) return shownPath(project, candidate)
  if (!options.required) return undefined
  throw new UserError(`no fix plan found: looked for ${candidates.slice(0, -1).join(', ')}${candidates.length > 1 ? ' and ' : ''}${candidates.at(-1)}`, {
    hint: 'create one, or set "fixPlan" in .planledger.json',
  })
}

/**
 * What to open for a file shown as `shown` that lives at `absolute`: the shown path itself when it
 * leads there (so errors name it as the user does), else the absolute path (cwd is not the process's).
 */
export function readablePath(shown: string, absolute: string): string {
  return resolve(shown) === absolute ? shown : absolute
}
