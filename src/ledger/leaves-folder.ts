import {isAbsolute, sep} from 'node:path'

/**
 * Whether a path relative to a folder (as `path.relative` gives it) points outside that folder:
 * `..`, `../x` or absolute (another drive). `..x/y` is a folder named `..x` inside it.
 */
export function leavesFolder(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith(`..${sep}`) || relativePath.startsWith('../') || isAbsolute(relativePath)
}
