import {existsSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {requireOneLine} from '../edit/one-line-value.js'
import {movedPath, relocatePaths, type Move} from '../edit/relocate-paths.js'
import {applyEdits} from '../edit/text-edit.js'
import {readFixPlan} from '../ledger/fix-plan/fix-plan.js'
import type {Span} from '../ledger/model.js'
import {toPosix} from '../ledger/repository-paths.js'
import type {PlannedChange} from './apply-change.js'
import {plannedChange, readEditable, type EditableFile} from './editable-ledger.js'
import {fixPlanReadOptions} from './fix-plan-options.js'
import {activeInitiative, ARCHIVED_PLANS, type InitiativeEntry} from './initiative-paths.js'
import {findPlanFiles} from './load-ledgers.js'
import {locateFixPlan, shownPath} from './locate-ledgers.js'
import {plannedMove, plannedMovedFileEdit} from './move-change.js'

export interface PlanCloseOutcome {
  /** The move first, then the moved files' edits, then the other ledgers': the order they are written in. */
  changes: PlannedChange[]
  layout: InitiativeEntry['layout']
  /** Cwd-relative. */
  from: string
  to: string
  /** Every file whose paths were rewritten (cwd-relative, where it is after the move) and how many. */
  rewritten: Array<{file: string; paths: number}>
  /** Moved files left as they are because they could not be read as ledgers (e.g. conflict markers). */
  warnings: string[]
}

/** Plans moving `plans/active/<ID>` (folder or `.md`) to plans/archive/ and every path to it in the ledgers (nothing is written here). */
export async function planPlanClose(project: ProjectConfig, id: string): Promise<PlanCloseOutcome> {
  requireOneLine(id, 'ID')
  const entry = activeInitiative(project, id)
  const move: Move = {from: entry.path, to: `${ARCHIVED_PLANS}/${entry.path.slice(entry.path.lastIndexOf('/') + 1)}`}
  const [from, to] = [shownPath(project, move.from), shownPath(project, move.to)]
  if (existsSync(resolve(project.root, move.to))) {
    throw new UserError(`cannot close ${id}: ${to} already exists`, {path: to, hint: 'an archived initiative has that name; rename one of them first'})
  }
  const movedChanges: PlannedChange[] = []
  const otherChanges: PlannedChange[] = []
  const rewritten: PlanCloseOutcome['rewritten'] = []
  const warnings: string[] = []
  const fixPlanPath = await locateFixPlan(project, {required: false})
  const fixPlanRoles = new Set([fixPlanPath, shownPath(project, project.config.archive)].flatMap((path) => (path === undefined ? [] : [resolve(project.cwd, path)])))
  for (const path of await ledgerPaths(project, move)) {
    const rootPath = toPosix(relative(project.root, resolve(project.cwd, path)))
    const pathAfter = movedPath(rootPath, move)
    // A configured ledger that cannot be read stops the close; a report that moves along is only named.
    const editable = await readEditable(project, path).catch((error: unknown) => {
      if (pathAfter === rootPath || !(error instanceof UserError)) throw error
      warnings.push(`${path} moves as it is, its paths not rewritten: ${error.message}`)
      return undefined
    })
    if (!editable) continue
    const history = fixPlanRoles.has(resolve(project.cwd, path)) ? attemptSpans(project, editable) : []
    // Attempt entries are append-only records of where things were (check's history-rewritten rule).
    const edits = relocatePaths(editable.doc.text, rootPath, pathAfter, move).edits.filter((edit) => !history.some((span) => span.start <= edit.start && edit.end <= span.end))
    const count = edits.length
    if (count === 0) continue
    const after = applyEdits(editable.doc.text, edits)
    const shownAfter = shownPath(project, pathAfter)
    rewritten.push({file: shownAfter, paths: count})
    if (pathAfter === rootPath) otherChanges.push(plannedChange(editable, after))
    else movedChanges.push(plannedMovedFileEdit(editable, shownAfter, after))
  }
  return {changes: [plannedMove(project, from, to), ...movedChanges, ...otherChanges], layout: entry.layout, from, to, rewritten, warnings}
}

/** The files that may name the plan (cwd-relative, once each): the fix plan, the findings, the fix-plan archive, every plan, and the moved Markdown files. */
async function ledgerPaths(project: ProjectConfig, move: Move): Promise<string[]> {
  const {glob} = await import('tinyglobby')
  const {config, root} = project
  const candidates = [(await locateFixPlan(project, {required: false})) ?? '', shownPath(project, config.findings), shownPath(project, config.archive)].filter((path) => path !== '' && existsSync(resolve(project.cwd, path)))
  const moved = move.from.endsWith('.md') ? [move.from] : (await glob(['**/*.md'], {cwd: resolve(root, move.from), onlyFiles: true})).map((path) => `${move.from}/${path}`)
  const all = [...candidates, ...(await findPlanFiles(project)), ...moved.map((path) => shownPath(project, path))]
  const seen = new Set<string>()
  return all.filter((path) => {
    const absolute = resolve(project.cwd, path)
    if (seen.has(absolute)) return false
    seen.add(absolute)
    return true
  })
}

/** The spans of every Attempts History entry of a file read as a fix plan (items' and the file's own). */
function attemptSpans(project: ProjectConfig, editable: EditableFile): Span[] {
  const ledger = readFixPlan(editable.doc, editable.scan, fixPlanReadOptions(project.config))
  return [...ledger.items.flatMap((item) => item.attempts?.entries ?? []), ...(ledger.attempts?.entries ?? [])].map((entry) => entry.span)
}
