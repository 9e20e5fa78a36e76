import type {ProjectConfig} from '../config/project-config.js'
import {planAddFinding, type NewFinding} from '../edit/add-finding.js'
import {applyEdits} from '../edit/text-edit.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFindings} from './editable-findings.js'
import {plannedChange} from './editable-ledger.js'

export interface FindingAddInput extends NewFinding {
  /** A findings ledger other than the configured one (cwd-relative). */
  file?: string
}

export interface FindingAddOutcome {
  change: PlannedChange
  path: string
  id: string
  /** 1-based line of the new row. */
  line: number
  text: string
}

/** Plans one new row in the findings ledger's first `Finding ID` table (nothing is written here). */
export async function planFindingAdd(project: ProjectConfig, input: FindingAddInput): Promise<FindingAddOutcome> {
  const {file, ...finding} = input
  const findings = await readEditableFindings(project, file)
  const plan = planAddFinding(findings.ledger, finding, findings.scan)
  return {
    change: plannedChange(findings, applyEdits(findings.doc.text, plan.edits)),
    path: findings.doc.path,
    id: finding.id,
    line: plan.line,
    text: plan.text,
  }
}
