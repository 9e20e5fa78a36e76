import {mkdir, rmdir} from 'node:fs/promises'
import {dirname} from 'node:path'
import {pathKind} from './path-kind.js'

/** Creates `folder` and any missing parents; returns the ones it created, outermost first (for removeFolders). */
export async function makeFolders(folder: string): Promise<string[]> {
  const missing: string[] = []
  for (let at = folder; (await pathKind(at)) === 'absent'; at = dirname(at)) missing.unshift(at)
  if (missing.length > 0) await mkdir(folder, {recursive: true})
  return missing
}

/** Removes folders makeFolders created, innermost first, each only while empty. */
export async function removeFolders(folders: readonly string[]): Promise<void> {
  for (const folder of [...folders].reverse()) await rmdir(folder).catch(() => undefined)
}
