import {readdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {ACTIVE_PLANS} from '../ledger/initiative-folders.js'
import {shownInput} from '../shown-input.js'

export {ACTIVE_PLANS, ARCHIVED_PLANS} from '../ledger/initiative-folders.js'

/** The names an initiative folder's plan has. */
export const PLAN_FILE_NAMES = ['implementation.md', 'plan.md']

/** An initiative's plan as it lies on disk: a folder `<ID>/` or a flat `<ID>.md` (root-relative, `/`). */
export interface InitiativeEntry {
  layout: 'folder' | 'flat'
  path: string
}

/** Checks an initiative ID typed as an argument: one path segment, no spaces, no `..`. */
export function requireInitiativeId(id: string): void {
  if (/^[\w][\w.+-]*$/u.test(id) && !id.includes('..') && !/\.md$/i.test(id)) return
  throw new UserError(`Unexpected initiative ID \`${shownInput(id)}\`, expected one word such as TEST-PYTORCH-001`, {
    hint: 'letters, digits, `-`, `_` and `.`; it names the folder plans/active/<ID>/',
  })
}

/** The entries under `folder` (root-relative) that hold plans: sub-folders and `.md` files. */
export function initiativeEntries(project: ProjectConfig, folder: string): InitiativeEntry[] {
  let names: Array<{name: string; folder: boolean; file: boolean}>
  try {
    names = readdirSync(resolve(project.root, folder), {withFileTypes: true}).map((entry) => ({name: entry.name, folder: entry.isDirectory(), file: entry.isFile()}))
  } catch {
    return []
  }
  return names
    .filter((entry) => entry.folder || (entry.file && /\.md$/i.test(entry.name)))
    .map((entry) => ({layout: entry.folder ? ('folder' as const) : ('flat' as const), path: `${folder}/${entry.name}`}))
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** The ID an entry names: its folder name, or its file name without `.md`. */
export function entryId(entry: InitiativeEntry): string {
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1)
  return entry.layout === 'flat' ? name.replace(/\.md$/i, '') : name
}

/** The active entry of initiative `id`; none, or both layouts, is an error. */
export function activeInitiative(project: ProjectConfig, id: string): InitiativeEntry {
  const entries = initiativeEntries(project, ACTIVE_PLANS)
  const found = entries.filter((entry) => entryId(entry) === id)
  if (found.length === 1) return found[0]
  if (found.length > 1) {
    throw new UserError(`initiative \`${shownInput(id)}\` is ambiguous: both ${found.map((entry) => entry.path).join(' and ')} exist`, {hint: 'merge them into one, or rename one first'})
  }
  const known = entries.map(entryId)
  throw new UserError(`no active initiative \`${shownInput(id)}\` in ${ACTIVE_PLANS}/`, {
    hint: didYouMean(suggestClosest(id, known)) ?? (known.length > 0 ? `active: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` : `${ACTIVE_PLANS}/ holds no plans`),
  })
}
