import {findField, workingPlanPath} from '../../ledger/fix-plan/item-fields.js'
import type {Field, FixPlanItem, FixPlanLedger} from '../../ledger/model.js'
import {evidencePathOf} from './evidence-paths.js'
import {folderOf} from '../../ledger/repository-paths.js'
import {rootRelativePath} from './context-paths.js'
import type {RuleContext} from '../rule.js'

export interface WorkingPlanRef {
  field: Field
  /** The path as written (first code span or link target of the value). */
  path: string
  /** Its first word: unbackticked values may run on (`plans/x.md (Phase D)`). */
  written: string
  /** The file to look for (`#anchor`, `:line` and the like taken off), when `written` is a path at all. */
  file?: string
}

/** An item's `Working Plan:` path, when it names one (not blank, `—` or `none`). */
export function workingPlanOf(item: FixPlanItem): WorkingPlanRef | undefined {
  const field = findField(item, 'Working Plan')
  const path = field && workingPlanPath(field.value)
  if (!field || path === undefined || /^(none|n\/a|tbd)$/i.test(path)) return undefined
  const written = path.split(/\s+/)[0]
  const evidence = written === '' ? undefined : evidencePathOf(written)
  return {field, path, written, ...(evidence?.kind === 'path' && {file: evidence.path})}
}

/** The root-relative folders (`''` = the root) a Working Plan path resolves from: the root, then the fix plan's folder. */
export function workingPlanBases(context: RuleContext, fixPlan: FixPlanLedger): string[] {
  return ['', folderOf(rootRelativePath(context, fixPlan.doc.path))]
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
