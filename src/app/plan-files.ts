import {existsSync, statSync, type Stats} from 'node:fs'
import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import type {LedgerDocument} from '../ledger/document.js'
import {shownInput} from '../shown-input.js'
import {ACTIVE_PLANS, PLAN_FILE_NAMES} from './initiative-paths.js'

export interface PlanArgument {
  /** The plan files named (cwd-relative). */
  files: string[]
  /** The initiative folder whose sub-plans the files may link to (absolute), when there is one. */
  folder?: string
}

/** The plan files a PLAN argument names (cwd-relative); see resolvePlanArgument. */
export function planFilesFor(project: ProjectConfig, plan: string): string[] {
  return resolvePlanArgument(project, plan).files
}

/**
 * A PLAN argument: a plan file; a folder holding `implementation.md` / `plan.md`; or an initiative ID,
 * which is either layout under plans/active: a folder `<ID>/implementation.md` (and `plan.md`) or a flat
 * file `<ID>.md`. An ID with both is ambiguous: which one is meant cannot be told.
 */
export function resolvePlanArgument(project: ProjectConfig, plan: string): PlanArgument {
  const given = resolve(project.cwd, plan)
  if (isDirectory(given)) return {files: folderPlans(project, given, plan), folder: given}
  // Something shaped like a path is one, even when missing: reading it then says "no such file".
  if (/[\\/]|\.md$/i.test(plan) || existsSync(given)) return {files: [plan]}
  const folder = resolve(project.root, ACTIVE_PLANS, plan)
  const flat = resolve(project.root, ACTIVE_PLANS, `${plan}.md`)
  const inFolder = PLAN_FILE_NAMES.map((name) => resolve(folder, name)).filter(isFile)
  const shown = (path: string) => relative(project.root, path).split('\\').join('/')
  if (isFile(flat) && inFolder.length > 0) {
    throw new UserError(`initiative \`${shownInput(plan)}\` is ambiguous: both ${shown(flat)} and ${shown(inFolder[0])} exist`, {
      hint: 'pass the plan file path instead',
    })
  }
  const files = isFile(flat) ? [flat] : inFolder
  if (files.length === 0) {
    const looked = [...PLAN_FILE_NAMES.map((name) => `${ACTIVE_PLANS}/${shownInput(plan)}/${name}`), `${ACTIVE_PLANS}/${shownInput(plan)}.md`]
    throw new UserError(`no plan for initiative \`${shownInput(plan)}\`: looked for ${looked.slice(0, -1).join(', ')} and ${looked.at(-1)}`, {
      hint: 'pass the plan file path instead',
    })
  }
  return {files: files.map((path) => relative(project.cwd, path)), ...(isDirectory(folder) && {folder})}
}

/** Whether `id` names an initiative in either layout: a folder `plans/active/<ID>/` or a flat `plans/active/<ID>.md`. */
export function isInitiative(project: ProjectConfig, id: string): boolean {
  return isDirectory(resolve(project.root, ACTIVE_PLANS, id)) || isFile(resolve(project.root, ACTIVE_PLANS, `${id}.md`))
}

/** The initiative plans inside a folder named directly; none is an error naming what was looked for. */
function folderPlans(project: ProjectConfig, folder: string, plan: string): string[] {
  const found = PLAN_FILE_NAMES.map((name) => resolve(folder, name)).filter(isFile)
  if (found.length === 0) {
    throw new UserError(`no plan in folder \`${shownInput(plan)}\`: looked for ${PLAN_FILE_NAMES.join(' and ')}`, {hint: 'pass the plan file path instead'})
  }
  return found.map((path) => relative(project.cwd, path))
}

function isFile(path: string): boolean {
  return statOf(path)?.isFile() ?? false
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() ?? false
}

/** Like existsSync, a path that cannot be looked at (too long, no permission) counts as absent. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, {throwIfNoEntry: false})
  } catch {
    return undefined
  }
}

/**
 * Plan files a plan links to inside its own initiative folder, e.g.
 * `Planning reference: \`plans/active/X/reports/.../plan.md\`` (cwd-relative, existing only).
 */
export function linkedPlanFiles(project: ProjectConfig, doc: LedgerDocument, initiativeFolder: string): string[] {
  const linked: string[] = []
  for (const match of doc.text.matchAll(/`([^`\s]+\.md)`/g)) {
    const target = resolve(project.root, match[1])
    if (!target.startsWith(initiativeFolder + '/') || !existsSync(target)) continue
    const shown = relative(project.cwd, target)
    if (!linked.includes(shown)) linked.push(shown)
  }
  return linked
}
