import type {PlannedFix} from '../app/check/check-fix.js'
import {escapeUntrusted, oneLine} from './escape-untrusted.js'

/** `path:line  fix  what it does  rule-id`, one line per repair, in the order they were planned. */
export function renderFixList(fixes: readonly PlannedFix[]): string {
  return fixes.map((fix) => `${escapeUntrusted(fix.path)}:${fix.line}  fix  ${oneLine(fix.description)}  ${fix.rule}\n`).join('')
}
