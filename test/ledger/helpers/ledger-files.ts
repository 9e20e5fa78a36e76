import fs from 'node:fs'
import path from 'node:path'
import {createDocument, type LedgerDocument} from '../../../src/ledger/document.js'
import {corpusPath, markdownFilesUnder, repoRoot} from '../../support/corpus.js'

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
  return markdownFilesUnder(corpusPath(relativeDir))
}

/** The document text a span covers. */
export function textOf(doc: LedgerDocument, span: {start: number; end: number}): string {
  return doc.text.slice(span.start, span.end)
}
