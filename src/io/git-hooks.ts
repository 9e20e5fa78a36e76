import {constants} from 'node:fs'
import {access, chmod, lstat, mkdir, readFile} from 'node:fs/promises'
import {delimiter, dirname, join, resolve} from 'node:path'
import {UserError} from '../errors.js'
import {createNewFile} from './create-file.js'
import {runGit} from './git.js'
import {withWriteErrors} from './locked-write.js'

/** Where a repository keeps its work tree and its hooks, as git itself reports them. */
export interface GitHookLayout {
  /** Absolute work-tree root (`git rev-parse --show-toplevel`). */
  root: string
  /** Absolute hooks folder (`git rev-parse --git-path hooks`, which follows core.hooksPath). */
  hooksDir: string
  /** `core.hooksPath` as configured, when it is set. */
  hooksPathSetting?: string
}

/** Asks git for the work-tree root and hooks folder of the repository around `cwd`. */
export async function readGitHookLayout(cwd: string): Promise<GitHookLayout> {
  const revParse = await runGit(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'hooks'], {missingHint: GIT_NEEDED})
  if (revParse.code !== 0) throw notAWorkTree(cwd, revParse.stderr)
  const [root, hooks] = revParse.stdout.toString('utf8').replace(/\n$/, '').split('\n')
  const setting = await runGit(cwd, ['config', '--get', 'core.hooksPath'], {missingHint: GIT_NEEDED})
  const configured = setting.stdout.toString('utf8').trim()
  const hooksPathSetting = setting.code === 0 && configured !== '' ? configured : undefined
  // --git-path prints a path relative to cwd (or absolute); resolve() handles both.
  return {root: resolve(root), hooksDir: resolve(cwd, hooks), hooksPathSetting}
}

/** The hook's text; undefined when nothing is at `path`. Something unreadable there is still something, never replaced. */
export async function readHook(path: string): Promise<string | undefined> {
  try {
    await lstat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
  }
  return readFile(path, 'utf8').catch(() => '')
}

/** Hooks must be executable; 0755 like the samples git ships. */
export const HOOK_MODE = 0o755

/**
 * Creates a hook that must not exist yet (as createNewFile does), making its folder first (core.hooksPath
 * may name one that does not exist) and then making it executable whatever the umask.
 */
export async function installHookFile(path: string, text: string): Promise<void> {
  await withWriteErrors(path, () => mkdir(dirname(path), {recursive: true}))
  await createNewFile(path, text)
  await withWriteErrors(path, () => chmod(path, HOOK_MODE))
}

/** What a hook running at `root` could find: a project-local planledger, or one on PATH. */
export async function planledgerCommandsAt(root: string, env: NodeJS.ProcessEnv = process.env): Promise<{localBin: boolean; onPath: boolean}> {
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '')
  const [localBin, ...onPath] = await Promise.all([isExecutable(join(root, 'node_modules/.bin/planledger')), ...folders.map((folder) => isExecutable(join(folder, 'planledger')))])
  return {localBin, onPath: onPath.includes(true)}
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  )
}

function notAWorkTree(cwd: string, stderr: string): UserError {
  if (/not a git repository/i.test(stderr)) {
    return new UserError(`not a git repository: ${cwd}`, {hint: 'run planledger init inside a git repository (git init first)'})
  }
  return new UserError(`not inside a git work tree: ${cwd}${stderr ? ` (git: ${stderr.trim().replace(/^fatal: /, '')})` : ''}`, {
    hint: 'run planledger init from the checked-out files of the repository',
  })
}

const GIT_NEEDED = 'install git; planledger init sets up a git hook'
