// `git merge-file` on three texts, the line-based merge git falls back to without a merge driver.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export interface LineMerge {
  text: string
  /** Conflict hunks left: `<<<<<<<` marker lines of the given size at a line start. */
  conflicts: number
}

/** `git merge-file -p current base other`: `other`'s change since `base` applied to `current`. */
export function gitMergeFile(current: string, base: string, other: string, markerSize = 7): LineMerge {
  const folder = mkdtempSync(join(tmpdir(), 'planledger-merge-file-'))
  try {
    const paths = ['current', 'base', 'other'].map((name) => join(folder, name))
    ;[current, base, other].forEach((text, at) => writeFileSync(paths[at], text))
    const result = spawnSync('git', ['merge-file', '-p', `--marker-size=${markerSize}`, ...paths], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
    // Exit status: the number of conflicts (capped), negative (here > 127) on error.
    if (result.error || result.status === null || result.status > 127) throw new Error(`git merge-file failed: ${result.stderr || result.error?.message}`)
    return {text: result.stdout, conflicts: countConflictHunks(result.stdout, markerSize)}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** Conflict hunks in a merged text: lines opening with exactly `markerSize` `<` then a space or the line's end. */
export function countConflictHunks(text: string, markerSize = 7): number {
  const opening = new RegExp(`^<{${markerSize}}(?: |$)`, 'gm')
  return text.match(opening)?.length ?? 0
}
