import type {ProjectConfig} from '../config/project-config.js'
import {planNewItem} from '../edit/new-item.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import type {NewItemRequest} from '../edit/new-item-types.js'
import {applyEdits} from '../edit/text-edit.js'
import type {PlannedChange} from './apply-change.js'
import {readEditableFixPlan} from './editable-fix-plan.js'
import {plannedChange} from './editable-ledger.js'

export interface ItemAddInput extends NewItemRequest {
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
}

export interface ItemAddOutcome {
  change: PlannedChange
  file: string
  /** Null for an item added without an ID. */
  id: string | null
  dialect: string
  /** 1-based line of the new item in the written file. */
  line: number
  /** The new item's lines as written (`\n`-joined). */
  text: string
  /** 1-based line of its index entry, when the file keeps an index. */
  indexLine?: number
  warnings: string[]
}

/** Reads the fix plan and plans one new item in its dialect and style (nothing is written here). */
export async function planItemAdd(project: ProjectConfig, input: ItemAddInput): Promise<ItemAddOutcome> {
  const {file, ...request} = input
  const editable = await readEditableFixPlan(project, file)
  const plan = planNewItem(editable.ledger, {...request, vocabulary: stateVocabularyOf(project.config.states)}, editable.scan)
  return {
    change: plannedChange(editable, applyEdits(editable.doc.text, plan.edits)),
    file: editable.doc.path,
    id: request.id ?? null,
    dialect: editable.ledger.dialect,
    line: plan.line,
    text: plan.text,
    ...(plan.indexLine !== undefined && {indexLine: plan.indexLine}),
    warnings: plan.warnings,
  }
}
