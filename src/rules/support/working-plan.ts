import {escapeRegExp} from '../../ledger/escape-regexp.js'
import {workingPlanPaths} from '../../ledger/fix-plan/item-fields.js'
import {workingPlanField, workingPlanKeys} from '../../ledger/fix-plan/working-plan-field.js'
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

/** Every plan an item's working-plan field names (`` `a.md`, `b.md` ``), in order. */
export function workingPlansOf(item: FixPlanItem, aliases?: readonly string[]): WorkingPlanRef[] {
  const found = workingPlanField(item, aliases)
  if (!found) return []
  return found.paths
    .filter((path) => !/^(none|n\/a|tbd)$/i.test(path))
    .map((path) => {
      const written = path.split(/\s+/)[0]
      const evidence = written === '' ? undefined : evidencePathOf(written)
      return {field: found.field, path, written, ...(evidence?.kind === 'path' && {file: evidence.path})}
    })
}

/** The root-relative folders (`''` = the root) a Working Plan path resolves from: the root, then the fix plan's folder. */
export function workingPlanBases(context: RuleContext, fixPlan: FixPlanLedger): string[] {
  return ['', folderOf(rootRelativePath(context, fixPlan.doc.path))]
}

/** Every working-plan path written anywhere in a fix plan's text (items or not, under any of `keys`), for file-level histories. */
export function workingPlanPathsIn(text: string, keys: readonly string[] = workingPlanKeys()): string[] {
  const paths = new Set<string>()
  const names = keys.map((key) => escapeRegExp(key).replace(/\\? /g, '[ _]+')).join('|')
  for (const match of text.matchAll(new RegExp(`(?<![\\w-])(?:${names}):(?:\\*\\*|__)?[ \\t]*([^\\r\\n]*)`, 'gi'))) {
    for (const path of workingPlanPaths(match[1])) paths.add(path)
  }
  return [...paths]
}
