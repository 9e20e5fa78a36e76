import {spawnSync} from 'node:child_process'

/**
 * Which of `absolutePaths` git ignores in the repository at `root`: one `git check-ignore --stdin`
 * for all of them. Outside a repository, without git, or on any failure: none (they are then
 * checked like every other path).
 */
export function gitIgnoredAmong(root: string, absolutePaths: readonly string[]): Set<string> {
  if (absolutePaths.length === 0) return new Set()
  const result = spawnSync('git', ['check-ignore', '--stdin', '-z'], {
    cwd: root,
    input: absolutePaths.join('\0') + '\0',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, GIT_OPTIONAL_LOCKS: '0'},
  })
  // Exit 0: some are ignored; 1: none; anything else (128: not a repository) tells nothing.
  if (result.error || result.status !== 0) return new Set()
  return new Set(result.stdout.split('\0').filter((path) => path !== ''))
}
