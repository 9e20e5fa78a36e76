import {findField, workingPlanPath} from '../ledger/item-fields.js'
import type {Field, FixPlanItem} from '../ledger/model.js'

export interface WorkingPlanRef {
  field: Field
  /** The path as written (first code span or link target of the value). */
  path: string
}

/** An item's `Working Plan:` path, when it names one (not blank, `—` or `none`). */
export function workingPlanOf(item: FixPlanItem): WorkingPlanRef | undefined {
  const field = findField(item, 'Working Plan')
  const path = field && workingPlanPath(field.value)
  if (!field || path === undefined || /^(none|n\/a|tbd)$/i.test(path)) return undefined
  return {field, path}
}

/** Every `Working Plan:` path written anywhere in a fix plan's text (items or not), for file-level histories. */
export function workingPlanPathsIn(text: string): string[] {
  const paths = new Set<string>()
  for (const match of text.matchAll(/Working Plan:(?:\*\*|__)?[ \t]*([^\r\n]*)/g)) {
    const path = workingPlanPath(match[1])
    if (path !== undefined) paths.add(path)
  }
  return [...paths]
}
