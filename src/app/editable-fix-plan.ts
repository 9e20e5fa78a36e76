import type {ProjectConfig} from '../config/project-config.js'
import type {FixPlanLedger} from '../ledger/model.js'
import {readEditable, type EditableFile} from './editable-ledger.js'
import {fixPlanReadOptions} from './fix-plan-options.js'
import {locateFixPlan} from './locate-ledgers.js'

export interface EditableFixPlan extends EditableFile {
  ledger: FixPlanLedger
}

/** The fix plan at `file` (cwd-relative, `--file`), else the configured one, read for editing. */
export async function readEditableFixPlan(project: ProjectConfig, file?: string): Promise<EditableFixPlan> {
  const path = file ?? (await locateFixPlan(project, {required: true}))!
  const [editable, {readFixPlan}] = await Promise.all([readEditable(project, path), import('../ledger/fix-plan/fix-plan.js')])
  return {...editable, ledger: readFixPlan(editable.doc, editable.scan, fixPlanReadOptions(project.config))}
}
