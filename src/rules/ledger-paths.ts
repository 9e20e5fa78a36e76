import {relative, resolve, sep} from 'node:path'
import {leavesFolder} from '../ledger/leaves-folder.js'
import {contextMemo} from './context-memo.js'
import type {RuleContext} from './rule.js'

const rootRelativePaths = contextMemo<string, string>()

/** A document's path (cwd-relative, as `doc.path` holds it) relative to the repository root, with `/`. Once per context. */
export function rootRelativePath(context: RuleContext, docPath: string): string {
  return rootRelativePaths(context, docPath, () => toPosix(relative(context.root, resolve(context.cwd, docPath))))
}

/** Whether an absolute path is the repository root or below it. */
export function isInsideRoot(context: RuleContext, absolutePath: string): boolean {
  return !leavesFolder(relative(context.root, absolutePath))
}

/** Root-relative folder of a root-relative file path (`''` for the root). */
export function folderOf(rootRelative: string): string {
  const slash = rootRelative.lastIndexOf('/')
  return slash === -1 ? '' : rootRelative.slice(0, slash)
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
