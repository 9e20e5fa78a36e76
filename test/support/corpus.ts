import {existsSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root (tests run from source via tsx). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

const BESIDE_CHECKOUT = resolve(repoRoot, '../shared/corpus')

/**
 * The real-ledger corpus (read-only), or undefined when there is none: PLANLEDGER_CORPUS when set
 * (`none` forces "no corpus", to see what a fresh clone runs), else `../shared/corpus` when present.
 * A fresh clone has no corpus, and the project's own fixtures must be enough for it.
 */
export const corpusRoot: string | undefined = findCorpus(process.env.PLANLEDGER_CORPUS)

function findCorpus(chosen: string | undefined): string | undefined {
  if (chosen === 'none') return undefined
  if (chosen) {
    const dir = resolve(chosen)
    if (!existsSync(dir)) throw new Error(`PLANLEDGER_CORPUS=${chosen}: no such folder (unset it, or set it to none to skip the corpus tests)`)
    return dir
  }
  return existsSync(BESIDE_CHECKOUT) ? BESIDE_CHECKOUT : undefined
}

/** A path in the corpus; only for tests registered through describeWithCorpus. */
export function corpusPath(...parts: string[]): string {
  if (corpusRoot === undefined) throw new Error('no corpus: register tests that read it with describeWithCorpus')
  return join(corpusRoot, ...parts)
}

/** Titles of the corpus suites and tests left out of this run. */
const skipped: string[] = []

/** A suite that reads the corpus: registered when there is one, else left out and counted for the note. */
export function describeWithCorpus(title: string, body: (this: Mocha.Suite) => void): void {
  if (corpusRoot === undefined) skipped.push(title)
  else describe(title, body)
}

/** One test that reads the corpus, in a suite that otherwise does not: as describeWithCorpus. */
export function itWithCorpus(title: string, body: (this: Mocha.Context) => void | Promise<unknown>): void {
  if (corpusRoot === undefined) skipped.push(title)
  else it(title, body)
}

/** The one line a run without the corpus prints, saying what it left out and how to run it; undefined when nothing was. */
export function corpusSkipNote(): string | undefined {
  if (skipped.length === 0) return undefined
  const why = process.env.PLANLEDGER_CORPUS === 'none' ? 'PLANLEDGER_CORPUS=none' : `${relative(process.cwd(), BESIDE_CHECKOUT) || BESIDE_CHECKOUT} not found`
  return `corpus tests skipped (${skipped.length} suites and tests that read real ledgers): ${why}; set PLANLEDGER_CORPUS=DIR to run them`
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
