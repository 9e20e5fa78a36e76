import {readFile, stat} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import {CONFIG_FILE_NAME, DEFAULT_ARCHIVE, DEFAULT_FINDINGS, DEFAULT_FIX_PLAN_CANDIDATES, resolveConfig, validateConfig, type ResolvedConfig} from '../config/config.js'
import {parseConfigJson} from '../config/parse-config-json.js'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import {requireInsideRepository} from './inside-repository.js'
import {readErrorToUserError} from './read-ledger.js'

export async function loadProjectConfig(cwd: string = process.cwd()): Promise<ProjectConfig> {
  const root = await findRepositoryRoot(cwd)
  const configPath = join(root, CONFIG_FILE_NAME)
  const shownName = relative(cwd, configPath)
  const text = await readOptionalText(configPath, shownName)
  if (text === undefined) return {cwd, root, config: resolveConfig()}
  const user = validateConfig(parseConfigJson(text, shownName), shownName)
  const config = resolveConfig(user)
  requireLedgersInside(root, config, shownName)
  return {cwd, root, configPath, config}
}

/** A configured ledger path must stay inside the repository, links resolved: planledger writes to it. */
function requireLedgersInside(root: string, config: ResolvedConfig, shownName: string): void {
  for (const key of ['fixPlan', 'findings', 'archive'] as const) {
    const path = config.user[key]
    if (path === undefined) continue
    requireInsideRepository(root, resolve(root, path), `${shownName}: "${key}" ${path}`, `set "${key}" to a file of this repository, e.g. ${DEFAULT_PATHS[key]}`)
  }
}

const DEFAULT_PATHS = {fixPlan: DEFAULT_FIX_PLAN_CANDIDATES[0], findings: DEFAULT_FINDINGS, archive: DEFAULT_ARCHIVE}

/**
 * Walks up from `start` to a folder containing `.git` (a folder, or a file in worktrees/submodules).
 * None: `start` itself, unless `start` lies in a bare repository, which has no work tree to edit.
 */
export async function findRepositoryRoot(start: string): Promise<string> {
  const folders = foldersUpFrom(resolve(start))
  for (const folder of folders) if (await exists(join(folder, '.git'))) return folder
  // Only when no `.git` was found, so the usual run pays nothing for it.
  for (const folder of folders) {
    if (await isGitDirectory(folder)) {
      throw new UserError(`${folder} is a bare git repository: no work tree`, {hint: 'run planledger in a checkout of it (git clone, or git worktree add)'})
    }
  }
  return resolve(start)
}

/** `folder`, its parent, and so on up to the filesystem root. */
function foldersUpFrom(folder: string): string[] {
  const folders = [folder]
  for (let parent = dirname(folder); parent !== folders[folders.length - 1]; parent = dirname(parent)) folders.push(parent)
  return folders
}

/** What git itself looks for in a repository folder: a `HEAD` file beside `objects/` and `refs/`. */
async function isGitDirectory(folder: string): Promise<boolean> {
  const [head, objects, refs] = await Promise.all(['HEAD', 'objects', 'refs'].map((name) => stat(join(folder, name)).catch(() => undefined)))
  return Boolean(head?.isFile() && objects?.isDirectory() && refs?.isDirectory())
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** The file's text, or undefined when it does not exist; other failures are user errors. */
async function readOptionalText(path: string, shownName: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    if (typeof code === 'string') throw readErrorToUserError(shownName, code)
    throw error
  }
}
