import {escapeRegExp} from '../../ledger/escape-regexp.js'
import {workingPlanPaths} from '../../ledger/fix-plan/item-fields.js'
import {workingPlanKeys} from '../../ledger/fix-plan/working-plan-field.js'
import type {FixPlanLedger} from '../../ledger/model.js'
import {folderOf} from '../../ledger/repository-paths.js'
import {rootRelativePath} from './context-paths.js'
import type {RuleContext} from '../rule.js'

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
