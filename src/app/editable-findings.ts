import type {ProjectConfig} from '../config/project-config.js'
import type {FindingsLedger} from '../ledger/model.js'
import {readEditable, type EditableFile} from './editable-ledger.js'
import {shownPath} from './locate-ledgers.js'

export interface EditableFindings extends EditableFile {
  ledger: FindingsLedger
}

/** The findings ledger at `file` (cwd-relative), else the configured one, read for editing or for linking to. */
export async function readEditableFindings(project: ProjectConfig, file?: string): Promise<EditableFindings> {
  const path = file ?? shownPath(project, project.config.findings)
  const [editable, {readFindings}] = await Promise.all([readEditable(project, path), import('../ledger/findings/findings.js')])
  return {...editable, ledger: readFindings(editable.doc, editable.scan)}
}
