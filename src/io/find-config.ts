import {readFile, stat} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import {CONFIG_FILE_NAME, resolveConfig, validateConfig, type ResolvedConfig} from '../app/config.js'
import {parseConfigJson} from '../app/parse-config-json.js'
import {readErrorToUserError} from './read-ledger.js'

export interface ProjectConfig {
  /** The folder the command runs in; paths in messages are relative to it. */
  cwd: string
  /** The repository root: the nearest folder up from `cwd` holding `.git`, else `cwd`. */
  root: string
  /** Absolute path of `.planledger.json`, when there is one. */
  configPath?: string
  config: ResolvedConfig
}

export async function loadProjectConfig(cwd: string = process.cwd()): Promise<ProjectConfig> {
  const root = await findRepositoryRoot(cwd)
  const configPath = join(root, CONFIG_FILE_NAME)
  const shownName = relative(cwd, configPath)
  const text = await readOptionalText(configPath, shownName)
  if (text === undefined) return {cwd, root, config: resolveConfig()}
  const user = validateConfig(parseConfigJson(text, shownName), shownName)
  return {cwd, root, configPath, config: resolveConfig(user)}
}

/** Walks up from `start` to a folder containing `.git` (a folder, or a file in worktrees/submodules). */
export async function findRepositoryRoot(start: string): Promise<string> {
  let folder = resolve(start)
  for (;;) {
    if (await exists(join(folder, '.git'))) return folder
    const parent = dirname(folder)
    if (parent === folder) return resolve(start)
    folder = parent
  }
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
