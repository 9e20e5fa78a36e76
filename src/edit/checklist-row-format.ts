import type {PlanRow} from '../ledger/model.js'
import {checklistIdOf} from '../ledger/plan/row-id.js'

/**
 * A new open checklist line written like `model`: its indentation, bullet (a numbered list counts
 * on), an empty box, and the ID the way the model writes its own (`A1: `, `**A1**: `, `**A1:** `);
 * `ID: task` when the model has no ID.
 */
export function formatChecklistRow(text: string, model: PlanRow, row: {id: string; task: string}): string {
  const lineText = text.slice(model.span.start, model.span.end)
  const textStart = model.textSpan!.start - model.span.start
  const lead = lineText.slice(0, textStart)
  const box = /\[[^\]]{0,2}\]/.exec(lead)!
  const bullet = lead.slice(0, box.index).replace(/^([ \t]*)(\d{1,9})([.)])/, (_, indent: string, number: string, mark: string) => `${indent}${Number(number) + 1}${mark}`)
  const openLead = `${bullet}[ ]${lead.slice(box.index + box[0].length)}`
  return `${openLead}${idPrefix(model.text ?? '', row.id)}${row.task.trim()}`
}

/** The new ID wrapped as the model wraps its own: the text around the model's ID token, up to its task text. */
function idPrefix(modelText: string, id: string): string {
  const found = checklistIdOf(modelText)
  if (!found) return `${id}: `
  const after = /^(?:\x60)?(?:\*\*|__)?[ \t]*(?::[ \t]*)?(?:\*\*|__)?[ \t]*/.exec(modelText.slice(found.end))![0]
  return `${modelText.slice(0, found.start)}${id}${after}`
}
