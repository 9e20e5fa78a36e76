import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createDocument, type LedgerDocument} from '../../../src/ledger/document.js'
import {corpusPath} from '../../support/corpus.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export {corpusPath}

export function corpusDocument(relative: string): LedgerDocument {
  const file = corpusPath(relative)
  return createDocument(file, fs.readFileSync(file, 'utf8'))
}

export function fixtureDocument(relative: string): LedgerDocument {
  const file = path.resolve(repoRoot, 'test/fixtures', relative)
  return createDocument(file, fs.readFileSync(file, 'utf8'))
}

/** Every `.md` file under a corpus folder, sorted. */
export function corpusMarkdownFiles(relativeDir: string): string[] {
  const root = corpusPath(relativeDir)
  return (fs.readdirSync(root, {recursive: true, encoding: 'utf8'}) as string[])
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(root, name))
    .sort()
}

/** The document text a span covers. */
export function textOf(doc: LedgerDocument, span: {start: number; end: number}): string {
  return doc.text.slice(span.start, span.end)
}
