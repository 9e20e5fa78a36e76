import {existsSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import type {LedgerDocument} from '../ledger/document.js'
import {shownInput} from '../shown-input.js'

const INITIATIVE_PLAN_NAMES = ['implementation.md', 'plan.md']

/**
 * The plan files a PLAN argument names: a path, or an initiative ID whose folder
 * `plans/active/<ID>/` holds `implementation.md` / `plan.md` (cwd-relative paths).
 */
export function planFilesFor(project: ProjectConfig, plan: string): string[] {
  // Something shaped like a path is one, even when missing: reading it then says "no such file".
  if (/[\\/]|\.md$/i.test(plan) || existsSync(resolve(project.cwd, plan))) return [plan]
  const folder = resolve(project.root, 'plans/active', plan)
  const candidates = INITIATIVE_PLAN_NAMES.map((name) => `plans/active/${shownInput(plan)}/${name}`)
  const found = INITIATIVE_PLAN_NAMES.map((name) => resolve(folder, name)).filter((path) => existsSync(path))
  if (found.length === 0) {
    throw new UserError(`no plan for initiative \`${shownInput(plan)}\`: looked for ${candidates.join(' and ')}`, {
      hint: 'pass the plan file path instead',
    })
  }
  return found.map((path) => relative(project.cwd, path))
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
