import {relative, resolve} from 'node:path'
import {leavesFolder} from '../../ledger/leaves-folder.js'
import {toPosix} from '../../ledger/repository-paths.js'
import type {RuleContext} from '../rule.js'
import {contextMemo} from './context-memo.js'

const rootRelativePaths = contextMemo<string, string>()

/** A document's path (cwd-relative, as `doc.path` holds it) relative to the repository root, with `/`. Once per context. */
export function rootRelativePath(context: RuleContext, docPath: string): string {
  return rootRelativePaths(context, docPath, () => toPosix(relative(context.root, resolve(context.cwd, docPath))))
}

/** Whether an absolute path is the repository root or below it. */
export function isInsideRoot(context: RuleContext, absolutePath: string): boolean {
  return !leavesFolder(relative(context.root, absolutePath))
}
