import {isAbsolute, relative, resolve, sep} from 'node:path'
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

/**
 * Whether a path relative to a folder (as `path.relative` gives it) points outside that folder:
 * `..`, `../x` or absolute (another drive). `..x/y` is a folder named `..x` inside it.
 */
export function leavesFolder(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith(`..${sep}`) || relativePath.startsWith('../') || isAbsolute(relativePath)
}

/** Root-relative folder of a root-relative file path (`''` for the root). */
export function folderOf(rootRelative: string): string {
  const slash = rootRelative.lastIndexOf('/')
  return slash === -1 ? '' : rootRelative.slice(0, slash)
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
