import {existsSync, readdirSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {DEFAULT_PLAN_COLUMNS} from '../edit/new-plan-text.js'
import {shownInput} from '../shown-input.js'
import {ACTIVE_PLANS, ARCHIVED_PLANS, initiativeEntries, PLAN_FILE_NAMES, type InitiativeEntry} from './initiative-paths.js'
import {loadPlan} from './load-ledgers.js'
import {shownPath} from './locate-ledgers.js'

const TEMPLATE_FOLDER = 'plans/templates'
/** Where a repository's own plan template may sit, besides plans/templates/: a `*template*.md` in these folders. */
const TEMPLATE_HOMES = ['plans', ACTIVE_PLANS]

/** What the repository's existing plans say a new one should look like. */
export interface PlanHouseStyle {
  layout: InitiativeEntry['layout']
  /** Tables, unless more plans keep their tasks as ID'd checklist items than in tables. */
  tasks: 'table' | 'checklist'
  /** The task-table header most plans use. */
  columns: string[]
  eol: string
}

/**
 * Learns from the plans under plans/active/ and plans/archive/: flat `<ID>.md` files when most
 * initiatives are flat files, else folders; checklists when more plans keep tasks in ID'd
 * checklists than in tables; the commonest task-table header (one with a state column); the
 * commonest line ending. Defaults: folders, FORMATS.md's columns, LF.
 */
export async function surveyPlans(project: ProjectConfig): Promise<PlanHouseStyle> {
  const entries = [ACTIVE_PLANS, ARCHIVED_PLANS].flatMap((folder) => initiativeEntries(project, folder)).filter((entry) => !isTemplateName(entry.path))
  const files = entries.flatMap((entry) => planFileOf(project, entry))
  const flat = entries.filter((entry) => entry.layout === 'flat').length
  const layout = flat > files.length - flat ? 'flat' : 'folder'
  const headers = new Map<string, {columns: string[]; count: number}>()
  const eols = new Map<string, number>()
  const kinds = {table: 0, checklist: 0}
  for (const file of files) {
    const plan = await loadPlan(project, shownPath(project, file)).catch(() => undefined)
    if (!plan) continue
    eols.set(plan.doc.eol, (eols.get(plan.doc.eol) ?? 0) + 1)
    if (plan.rows.some((row) => row.kind === 'table')) kinds.table++
    else if (plan.rows.some((row) => row.kind === 'checklist' && row.id !== undefined)) kinds.checklist++
    for (const table of plan.tables.filter((candidate) => candidate.columns.state !== undefined)) {
      const key = table.headers.join('|')
      headers.set(key, {columns: table.headers, count: (headers.get(key)?.count ?? 0) + 1})
    }
  }
  const columns = [...headers.values()].sort((a, b) => b.count - a.count)[0]?.columns ?? DEFAULT_PLAN_COLUMNS
  const eol = [...eols].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\n'
  return {layout, tasks: kinds.checklist > kinds.table ? 'checklist' : 'table', columns: [...columns], eol}
}

/** The plan file of an initiative entry (root-relative), when it has one. */
function planFileOf(project: ProjectConfig, entry: InitiativeEntry): string[] {
  if (entry.layout === 'flat') return [entry.path]
  const name = PLAN_FILE_NAMES.find((candidate) => existsSync(resolve(project.root, entry.path, candidate)))
  return name ? [`${entry.path}/${name}`] : []
}

function isTemplateName(path: string): boolean {
  return /template/i.test(path.slice(path.lastIndexOf('/') + 1))
}

/**
 * The template a new plan starts from (cwd-relative), or undefined for the built-in one. `--from`
 * names a file (cwd-relative) or a template in plans/templates/ (with or without `.md`). Without
 * it: plans/templates/implementation.md or plan.md, else its only `.md`; else the one `*template*.md`
 * in plans/ or plans/active/. Several candidates and no way to choose is an error asking for --from.
 */
export function findTemplate(project: ProjectConfig, from: string | undefined): string | undefined {
  if (from !== undefined) return namedTemplate(project, from)
  const inFolder = markdownFiles(project, TEMPLATE_FOLDER)
  const preferred = PLAN_FILE_NAMES.map((name) => `${TEMPLATE_FOLDER}/${name}`).find((path) => inFolder.includes(path))
  const candidates = preferred ? [preferred] : inFolder.length > 0 ? inFolder : TEMPLATE_HOMES.flatMap((home) => markdownFiles(project, home).filter(isTemplateName))
  if (candidates.length <= 1) return candidates[0] === undefined ? undefined : shownPath(project, candidates[0])
  throw new UserError(`several plan templates: ${candidates.join(', ')}`, {hint: 'choose one with --from NAME'})
}

function namedTemplate(project: ProjectConfig, from: string): string {
  const tries = [resolve(project.cwd, from), resolve(project.root, TEMPLATE_FOLDER, from), resolve(project.root, TEMPLATE_FOLDER, `${from}.md`)]
  const found = tries.find((path) => isFile(path))
  if (found) return shownPath(project, found)
  const known = markdownFiles(project, TEMPLATE_FOLDER).map((path) => path.slice(TEMPLATE_FOLDER.length + 1))
  throw new UserError(`no template \`${shownInput(from)}\`: not a file, nor in ${TEMPLATE_FOLDER}/`, {
    hint: known.length > 0 ? `templates: ${known.join(', ')}` : 'pass the path of a Markdown file',
  })
}

/** `.md` files directly in `folder` (root-relative, sorted). */
function markdownFiles(project: ProjectConfig, folder: string): string[] {
  try {
    return readdirSync(resolve(project.root, folder))
      .filter((name) => /\.md$/i.test(name) && isFile(resolve(project.root, folder, name)))
      .sort()
      .map((name) => `${folder}/${name}`)
  } catch {
    return []
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
