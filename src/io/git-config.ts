import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {UserError} from '../errors.js'
import {runGit} from './git.js'

/**
 * The repository-local git configuration (`git config --local`), read and changed through git
 * itself: git takes its own lock on the file and knows its quoting rules.
 */

/** One `key = value` to set, e.g. `merge.planledger.driver`. */
export type GitSetting = readonly [key: string, value: string]

const GIT_NEEDED = 'install git; planledger init registers a git merge driver'

/** The local configuration file (`.git/config`, the main repository's from a linked worktree) and its text ('' when absent). */
export async function readLocalGitConfig(root: string): Promise<{path: string; text: string}> {
  const result = await runGit(root, ['rev-parse', '--git-path', 'config'], {missingHint: GIT_NEEDED})
  if (result.code !== 0) throw new UserError(`cannot find the git configuration of ${root}: ${result.stderr.split('\n')[0]}`)
  const path = resolve(root, result.stdout.toString('utf8').replace(/\n$/, ''))
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })
  return {path, text}
}

/** The local value of `key`; undefined when it is not set there. */
export async function readLocalGitSetting(root: string, key: string): Promise<string | undefined> {
  const result = await runGit(root, ['config', '--local', '--get', key], {missingHint: GIT_NEEDED})
  return result.code === 0 ? result.stdout.toString('utf8').replace(/\n$/, '') : undefined
}

/** What `text` becomes once git sets `settings` in it: git writes a temporary copy, so the preview is git's own text. */
export async function gitConfigTextAfter(text: string, settings: readonly GitSetting[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'planledger-gitconfig-'))
  try {
    const file = join(folder, 'config')
    await writeFile(file, text, 'utf8')
    for (const [key, value] of settings) await gitConfig(folder, ['--file', file, key, value])
    return await readFile(file, 'utf8')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/** Sets `settings` in the local configuration of the repository at `root`. */
export async function setLocalGitSettings(root: string, settings: readonly GitSetting[]): Promise<void> {
  for (const [key, value] of settings) await gitConfig(root, ['--local', key, value])
}

/** Unsets `keys` locally (an undo of setLocalGitSettings); a key already unset is fine. */
export async function unsetLocalGitSettings(root: string, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const result = await runGit(root, ['config', '--local', '--unset', key], {missingHint: GIT_NEEDED})
    // 5: the key was not set.
    if (result.code !== 0 && result.code !== 5) throw gitConfigError(['--unset', key], result.stderr)
  }
}

async function gitConfig(cwd: string, args: string[]): Promise<void> {
  const result = await runGit(cwd, ['config', ...args], {missingHint: GIT_NEEDED})
  if (result.code !== 0) throw gitConfigError(args, result.stderr)
}

function gitConfigError(args: string[], stderr: string): UserError {
  const key = args.find((arg) => arg.includes('.') && !arg.startsWith('-')) ?? args.join(' ')
  return new UserError(`git config could not set ${key}: ${stderr.split('\n')[0] || 'unknown error'}`, {
    hint: 'check that .git/config is writable and not locked by another git process (.git/config.lock)',
  })
}
