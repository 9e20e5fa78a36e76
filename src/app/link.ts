import {dirname, relative, resolve, sep} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {findingAnchor} from '../edit/finding-anchor.js'
import {planItemFindings, planRowFindings, type FindingLink, type LinkPlan} from '../edit/link-findings.js'
import {requireOneLineValues} from '../edit/one-line-value.js'
import {applyEdits} from '../edit/text-edit.js'
import {createDocument, type LedgerDocument} from '../ledger/document.js'
import {findItemOrFail} from '../ledger/fix-plan/find-item.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFindings, type EditableFindings} from './editable-findings.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange, type EditableFile} from './editable-ledger.js'
import {requireKnownFindings} from './check/known-findings.js'
import {isInitiative} from './plan-files.js'
import {findPlanRow, splitPlanRow} from './plan-row-target.js'

export interface LinkInput {
  /** `ITEM-ID`, `[ITEM-ID]`, or `PLAN:ROW`. */
  target: string
  findings: string[]
  /** A fix plan other than the configured one (cwd-relative); item targets only. */
  file?: string
  /** A findings ledger other than the configured one (cwd-relative). */
  findingsFile?: string
}

export type LinkTarget = {kind: 'item'; id: string} | {kind: 'row'; plan: string; row: string}

export interface LinkOutcome {
  change: PlannedChange
  path: string
  target: LinkTarget
  added: string[]
  present: string[]
  /** The changed or new line after the edit; absent when nothing changes. */
  line?: {number: number; text: string}
}

interface ResolvedTarget {
  editable: EditableFile
  target: LinkTarget
  plan: (links: FindingLink[]) => LinkPlan
}

/**
 * Links findings into a fix-plan item's `Findings:` field or a plan row's guidance cell. A TARGET
 * with a colon is always `PLAN:ROW`; without one, or written `[ID]`, it is a fix-plan item.
 */
export async function planLinkChange(project: ProjectConfig, input: LinkInput): Promise<LinkOutcome> {
  // The findings ledger's path is written too, as the link's target.
  requireOneLineValues({TARGET: input.target, '--finding': input.findings, '--findings-file': input.findingsFile})
  const ids = uniqueIds(input.findings)
  const findings = await readEditableFindings(project, input.findingsFile)
  requireKnownFindings(findings.ledger, ids)
  const resolved = await resolveTarget(project, input)
  const links = ids.map((id) => ({id, href: hrefTo(project, resolved.editable.doc, findings, id)}))
  const plan = resolved.plan(links)
  const after = applyEdits(resolved.editable.doc.text, plan.edits)
  return {
    change: plannedChange(resolved.editable, after),
    path: resolved.editable.doc.path,
    target: resolved.target,
    added: plan.added,
    present: plan.present,
    line: plan.line === undefined ? undefined : {number: plan.line, text: lineOf(after, plan.line)},
  }
}

function uniqueIds(values: readonly string[]): string[] {
  const ids = [...new Set(values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== ''))]
  if (ids.length === 0) throw new UserError('No finding IDs given', {hint: 'pass --finding POLICY-001 (repeatable, or a comma list)'})
  return ids
}


async function resolveTarget(project: ProjectConfig, input: LinkInput): Promise<ResolvedTarget> {
  const bracketed = /^\[(.+)\]$/s.exec(input.target.trim())
  const split = bracketed ? undefined : splitPlanRow(input.target, 'or a fix-plan item ID')
  if (!split) return itemTarget(project, bracketed ? bracketed[1].trim() : input.target.trim(), input.file)
  if (input.file !== undefined) throw new UserError('--file names a fix plan; a PLAN:ROW target names its plan itself', {hint: 'drop --file'})
  const {loaded, row} = await findPlanRow(project, split.plan, split.row, 'link')
  return {editable: loaded, target: {kind: 'row', plan: loaded.doc.path, row: row.id!}, plan: (links) => planRowFindings(loaded.plan, row, links)}
}

async function itemTarget(project: ProjectConfig, id: string, file: string | undefined): Promise<ResolvedTarget> {
  const editable = await readEditableFixPlan(project, file)
  // A bare row ID or an initiative ID is the common slip: point at the PLAN:ROW form.
  const rowHint = isInitiative(project, id) ? `to link a row of initiative ${id}, write ${id}:ROW` : 'to link a plan row, write PLAN:ROW'
  const item = findItemOrFail(editable.ledger, id, rowHint)
  return {editable, target: {kind: 'item', id}, plan: (links) => planItemFindings(editable.doc, item, links)}
}

/** The findings ledger as seen from the edited file's folder, `/`-separated, with the finding's anchor. */
function hrefTo(project: ProjectConfig, from: LedgerDocument, findings: EditableFindings, id: string): string {
  const ledgerPath = relative(dirname(resolve(project.cwd, from.path)), resolve(project.cwd, findings.doc.path)).split(sep).join('/')
  const finding = findings.ledger.findings.find((candidate) => candidate.id === id)!
  return `${ledgerPath}#${findingAnchor(finding, findings.scan.headings)}`
}

function lineOf(text: string, line: number): string {
  return createDocument('', text).lines[line - 1].text
}
