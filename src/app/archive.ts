import {dirname, relative, resolve} from 'node:path'
import {planArchive, type ArchivedItem, type IndexUpdate} from '../edit/archive-items.js'
import type {ArchiveSelection} from '../edit/archive-selection.js'
import {requireIsoDate} from '../edit/iso-date.js'
import {requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {createDocument} from '../ledger/document.js'
import {toPosix} from '../ledger/repository-paths.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange, readEditable, type EditableFile} from './editable-ledger.js'
import {locateFixPlan, shownPath} from './locate-ledgers.js'
import {plannedNewFile} from './new-file-change.js'

export interface ArchiveInput {
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
  /** Items to move whatever their status; empty: select by status. */
  ids: string[]
  /** Default `done` (which also takes `complete` / `completed`). */
  status?: string
  /** Move the oldest matching items until the fix plan has at most this many lines. */
  maxLines?: number
  /** YYYY-MM-DD. */
  date: string
}

export interface ArchiveOutcome {
  /** Archive first, then the fix plan: the order they are written in. Empty when nothing moves. */
  changes: PlannedChange[]
  fixPlan: string
  archive: string
  /** The archive does not exist yet and would be created. */
  created: boolean
  items: ArchivedItem[]
  skipped: Array<{id: string; reason: string}>
  index: IndexUpdate[]
  /** Fix-plan line counts before and after. */
  lines: {before: number; after: number}
}

export async function planArchiveChanges(project: ProjectConfig, input: ArchiveInput): Promise<ArchiveOutcome> {
  requireOneLineValues({'--ids': input.ids, '--status': input.status})
  requireIsoDate(input.date)
  const selection = selectionOf(input)
  const fixPlanPath = input.file ?? (await locateFixPlan(project, {required: true}))!
  const archivePath = shownPath(project, project.config.archive)
  const [fixPlanAt, archiveAt] = [resolve(project.cwd, fixPlanPath), resolve(project.cwd, archivePath)]
  if (fixPlanAt === archiveAt) throw new UserError(`The archive ${archivePath} is the fix plan itself`, {hint: 'set "archive" in .planledger.json to another file'})
  const editable = await readEditableFixPlan(project, fixPlanPath)
  const archive = await readArchive(project, archivePath)
  const link = toPosix(relative(dirname(fixPlanAt), archiveAt))
  const plan = planArchive(editable.ledger, {path: archivePath, doc: archive?.doc, scan: archive?.scan}, {selection, date: input.date, link})

  const fixPlanAfter = applyEdits(editable.doc.text, plan.fixPlanEdits)
  const changes: PlannedChange[] = []
  if (plan.items.length > 0) {
    const archiveAfter = applyEdits(archive?.doc.text ?? '', plan.archiveEdits)
    changes.push(archive ? plannedChange(archive, archiveAfter) : plannedNewFile(archivePath, archiveAfter), plannedChange(editable, fixPlanAfter))
  }
  return {
    changes,
    fixPlan: fixPlanPath,
    archive: archivePath,
    created: archive === undefined,
    items: plan.items,
    skipped: plan.skipped,
    index: plan.index,
    lines: {before: editable.doc.lines.length, after: createDocument(fixPlanPath, fixPlanAfter).lines.length},
  }
}

function selectionOf(input: ArchiveInput): ArchiveSelection {
  const ids = input.ids.flatMap((part) => part.split(',')).map((id) => id.trim()).filter((id) => id !== '')
  if (ids.length > 0) {
    if (input.status !== undefined || input.maxLines !== undefined) throw new UserError('--ids names the items to move; it cannot be combined with --status or --max-lines')
    return {by: 'ids', ids}
  }
  const status = input.status ?? 'done'
  if (input.maxLines === undefined) return {by: 'status', status}
  if (!Number.isInteger(input.maxLines) || input.maxLines < 1) {
    throw new UserError(`Unexpected --max-lines ${input.maxLines}, expected a positive number of lines`)
  }
  return {by: 'max-lines', status, maxLines: input.maxLines}
}

/** The archive as it is, or undefined when it is still to be created (its folder must exist). */
async function readArchive(project: ProjectConfig, path: string): Promise<EditableFile | undefined> {
  const {pathKind} = await import('../io/path-kind.js')
  const kind = await pathKind(resolve(project.cwd, path))
  if (kind === 'file') return readEditable(project, path)
  const hint = 'set "archive" in .planledger.json to a Markdown file path, e.g. docs/fix_plan_archive.md'
  if (kind === 'directory') throw new UserError(`The archive ${path} is a directory, expected a Markdown file`, {path, hint})
  if (kind === 'other') throw new UserError(`The archive ${path} is not a regular file`, {path, hint})
  if ((await pathKind(resolve(project.cwd, dirname(path)))) !== 'directory') {
    throw new UserError(`cannot create the archive ${path}: its folder ${dirname(path)}/ does not exist`, {path, hint: `create the folder, or ${hint}`})
  }
  return undefined
}
