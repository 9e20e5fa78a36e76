import {globSync} from 'tinyglobby'

/** Deepest a `**` pattern is followed: cited patterns name report folders, not whole trees. */
const MAX_DEPTH = 8

/**
 * Whether anything (file or folder) under `folder` matches the glob `pattern` (`reports/*\/x.md`,
 * `a/{b,c}.md`, `**\/summary.md`). Bounded: the walk stops at the pattern's own depth (or MAX_DEPTH
 * for `**`) and skips folders the pattern cannot enter; links are not followed.
 */
export function anyPathMatches(folder: string, pattern: string): boolean {
  const segments = pattern.split('/').filter((segment) => segment !== '')
  const deep = segments.includes('**') ? MAX_DEPTH : segments.length
  try {
    const found = globSync([pattern], {cwd: folder, onlyFiles: false, dot: true, expandDirectories: false, followSymbolicLinks: false, deep})
    return found.length > 0
  } catch {
    // An unreadable or absent folder holds no match.
    return false
  }
}
