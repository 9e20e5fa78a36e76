import type {LedgerDocument} from '../ledger/document.js'
import type {FixPlanLedger, IndexEntry} from '../ledger/model.js'
import {splitTableCells} from '../ledger/table-cells.js'
import {headingSlug} from './heading-slug.js'
import {applyEdits, type TextEdit} from './text-edit.js'

export interface IndexValues {
  id: string
  title: string
  /** The new item's heading text (without `#`), for an `(#anchor)` link. */
  headingText: string
  priority?: string
  status: string
}

/**
 * The new item's index entry, written by copying the entry of the item it follows (or the last
 * entry): its ID, anchor link, title, priority and status swapped for the new ones, everything else
 * (pipes, padding, column order, list bullets, separators) kept. Undefined when the file has no index.
 */
export function planIndexEntry(ledger: FixPlanLedger, anchorId: string | null, values: IndexValues): {edit: TextEdit; line: number} | undefined {
  if (ledger.index.length === 0) return undefined
  const model = ledger.index.find((entry) => entry.id === anchorId) ?? ledger.index.at(-1)!
  const line = ledger.doc.lines[model.line - 1]
  const text = retyped(ledger.doc, model, values)
  return {edit: {start: line.end, end: line.end, text: ledger.doc.eol + text}, line: model.line + 1}
}

function retyped(doc: LedgerDocument, model: IndexEntry, values: IndexValues): string {
  const start = model.span.start
  const original = doc.text.slice(start, model.span.end)
  const edits: TextEdit[] = []
  const take = (from: number, to: number, text: string) => {
    if (from < 0 || edits.some((edit) => from < edit.end && edit.start < to)) return
    edits.push({start: from, end: to, text})
  }
  for (const link of original.matchAll(/\(#[^)\s]*\)/g)) take(link.index, link.index + link[0].length, `(#${headingSlug(values.headingText)})`)
  if (model.prioritySpan) take(model.prioritySpan.start - start, model.prioritySpan.end - start, values.priority ?? '—')
  if (model.statusSpan) take(model.statusSpan.start - start, model.statusSpan.end - start, values.status)
  for (const at of occurrences(original, model.id)) take(at, at + model.id.length, values.id)
  if (model.title) {
    const at = occurrences(original, model.title).find((found) => !edits.some((edit) => found < edit.end && edit.start < found + model.title!.length))
    if (at !== undefined) take(at, at + model.title.length, values.title)
  }
  // A table row's other cells (owner, dates, notes) describe the model item, not the new one.
  if (model.kind === 'table') {
    for (const cell of splitTableCells(original, 0)) if (cell.contentEnd > cell.contentStart) take(cell.contentStart, cell.contentEnd, '')
  }
  return applyEdits(original, edits)
}

function occurrences(text: string, word: string): number[] {
  const found: number[] = []
  if (word === '') return found
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) found.push(at)
  return found
}
