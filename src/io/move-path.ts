import {rename} from 'node:fs/promises'
import {dirname, relative} from 'node:path'
import {WriteRefusedError} from '../errors.js'
import {makeFolders, removeFolders} from './make-folders.js'
import {pathKind} from './path-kind.js'
import {runGit} from './git.js'

/** How a move was made, so it can be undone the same way. */
export interface MadeMove {
  from: string
  to: string
  /** Moved with `git mv` (the path was tracked), so the index follows the files. */
  withGit: boolean
  /** Folders created for the target, outermost first, removed again by an undo. */
  createdFolders: string[]
}

/**
 * Moves a file or folder (absolute paths) inside the repository at `root`: `git mv` when git tracks
 * something under it, else a plain rename. Refuses a target that exists: a move never replaces.
 */
export async function movePath(root: string, from: string, to: string): Promise<MadeMove> {
  if ((await pathKind(to)) !== 'absent') throw new WriteRefusedError(`${relative(root, to)} already exists; nothing moved`, {hint: 'move or remove it first'})
  const createdFolders = await makeFolders(dirname(to))
  try {
    const withGit = await isTracked(root, from)
    if (withGit) await gitMove(root, from, to)
    else await rename(from, to)
    return {from, to, withGit, createdFolders}
  } catch (error) {
    await removeFolders(createdFolders)
    throw error
  }
}

/** Puts a move back: the reverse move, then the folders it created (when empty). */
export async function undoMove(root: string, move: MadeMove): Promise<void> {
  if (move.withGit) await gitMove(root, move.to, move.from)
  else await rename(move.to, move.from)
  await removeFolders(move.createdFolders)
}

async function isTracked(root: string, path: string): Promise<boolean> {
  const result = await runGit(root, ['ls-files', '-z', '--', relative(root, path) || '.'], {missingHint: 'planledger moves tracked plans with git mv'}).catch(() => undefined)
  return result !== undefined && result.code === 0 && result.stdout.length > 0
}

async function gitMove(root: string, from: string, to: string): Promise<void> {
  const result = await runGit(root, ['mv', '--', relative(root, from), relative(root, to)], {missingHint: 'planledger moves tracked plans with git mv'})
  if (result.code !== 0) throw new WriteRefusedError(`git mv ${relative(root, from)} failed: ${result.stderr.split('\n')[0] || `exit code ${result.code}`}`)
}
