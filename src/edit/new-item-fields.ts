import type {LedgerDocument} from '../ledger/document.js'
import {textFieldsOf} from '../ledger/fix-plan/text-fields.js'
import type {Field, FixPlanItem} from '../ledger/model.js'
import {scanDocument} from '../ledger/scan.js'

/** A field the new item carries, under its usual spelling (`Working Plan`); the file's own spelling wins when it has one. */
export interface GivenField {
  key: string
  value: string
}

// Other spellings files use for the keys item add writes: the file's own spelling is kept.
const SAME_KEY: Record<string, string> = {dependencies: 'dependson', depends: 'dependson', dependency: 'dependson', plan: 'workingplan', implementationplan: 'workingplan'}

/** Field keys compared as people mean them: `Working Plan`, `working_plan`, `**Working-Plan**` and `Plan` are one key. */
export function keyOf(key: string): string {
  const letters = key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  return SAME_KEY[letters] ?? letters
}

const HISTORY = 'attemptshistory'

/**
 * The new item's field lines in the file's style: keys in the order the model item has them (then
 * keys no item has, in the order given), each written like the model's own field lines (bullet,
 * bold, separator). A key every item carries is written even when not given, with `—`. The
 * history goes last, opened as the file's items open an empty one.
 */
export function fieldLines(doc: LedgerDocument, items: readonly FixPlanItem[], model: FixPlanItem, given: readonly GivenField[]): string[] {
  const scan = scanDocument(doc)
  // Items whose fields are lines of their own (`**Status**: done` under the heading), not bullets, are read that way.
  const fieldsRead = (item: FixPlanItem) => (item.fields.length > 0 ? item.fields : textFieldsOf(doc, scan, item))
  // Read once per item: `everywhere` asks every item about every model field.
  const read = new Map(items.map((item) => [item, fieldsRead(item)]))
  const fieldsOf = (item: FixPlanItem) => read.get(item) ?? fieldsRead(item)
  const modelFields = fieldsOf(model)
  const values = new Map(given.map((field) => [keyOf(field.key), field]))
  const everywhere = modelFields.filter((field) => keyOf(field.key) !== HISTORY && items.every((item) => fieldsOf(item).some((other) => keyOf(other.key) === keyOf(field.key))))
  const ordered: Array<{key: string; value: string}> = []
  for (const field of modelFields) {
    const key = keyOf(field.key)
    const value = values.get(key)?.value ?? (everywhere.includes(field) ? '—' : undefined)
    if (value !== undefined) ordered.push({key: field.key, value})
  }
  for (const field of given) {
    if (modelFields.some((existing) => keyOf(existing.key) === keyOf(field.key))) continue
    ordered.push({key: spellingIn(items.map(fieldsOf), field.key) ?? field.key, value: field.value})
  }
  const lines = ordered.map(({key, value}) => styledField(doc, modelFields[0], key, value))
  return [...lines, ...emptyHistory(doc, items, model)]
}

/** The spelling another item uses for `key`, if any does. */
function spellingIn(fieldLists: ReadonlyArray<readonly Field[]>, key: string): string | undefined {
  for (const fields of fieldLists) {
    const found = fields.find((field) => keyOf(field.key) === keyOf(key))
    if (found) return found.key
  }
  return undefined
}

/** `- Key: value` written with the model line's own prefix and separator (`- **Key:** value`, `* Key — value`). */
function styledField(doc: LedgerDocument, model: Field | undefined, key: string, value: string): string {
  if (!model) return `- ${key}: ${value}`
  const line = doc.lines[model.line - 1]
  const prefix = doc.text.slice(line.start, model.keySpan.start)
  const separator = doc.text.slice(model.keySpan.end, model.valueSpan.start)
  return `${prefix}${key}${/\s$/.test(separator) ? separator : `${separator} `}${value}`
}

/** The history opening of an item that has none yet: copied from an item whose history is empty, else the key line alone. */
function emptyHistory(doc: LedgerDocument, items: readonly FixPlanItem[], model: FixPlanItem): string[] {
  const empty = items.find((item) => item.attempts?.kind === 'field' && item.attempts.placeholder && item.attempts.entries.length === 0)
  if (empty?.attempts?.placeholder) return [doc.lines[empty.attempts.line - 1].text, doc.lines[empty.attempts.placeholder.line - 1].text]
  const history = model.fields.find((field) => keyOf(field.key) === HISTORY)
  if (!history) return []
  return [doc.text.slice(doc.lines[history.line - 1].start, history.valueSpan.start).trimEnd()]
}
