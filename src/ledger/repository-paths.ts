import {sep} from 'node:path'

/** Root-relative folder of a root-relative file path (`''` for the root). */
export function folderOf(rootRelative: string): string {
  const slash = rootRelative.lastIndexOf('/')
  return slash === -1 ? '' : rootRelative.slice(0, slash)
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
