import {readdirSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root (tests run from source via tsx). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** `../shared/corpus` beside the checkout: real ledgers, read-only. */
export const corpusRoot = resolve(repoRoot, '../shared/corpus')

export function corpusPath(...parts: string[]): string {
  return join(corpusRoot, ...parts)
}

/** Every `.md` file below `dir`, sorted. */
export function markdownFilesUnder(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...markdownFilesUnder(path))
    else if (name.endsWith('.md')) found.push(path)
  }
  return found
}
