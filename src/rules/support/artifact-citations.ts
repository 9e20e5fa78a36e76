import type {LedgerDocument} from '../../ledger/document.js'
import type {Span} from '../../ledger/model.js'
import type {RuleContext} from '../rule.js'
import {scanOf} from './checked-files.js'
import {citedStringsIn} from './cited-strings.js'
import {candidateInside, patternMatches, resolveCitedPath} from './evidence-bases.js'
import {evidencePathOf, globPatternOf} from './evidence-paths.js'
import {isFutureMention} from './future-mention.js'
import {spanBases} from './span-bases.js'

const LEAVES_FOLDER = /(?:^|\/)\.\.(?:\/|$)/

/** A path an entry, row or item cites that resolves under none of its bases. */
export interface UnresolvedCitation {
  doc: LedgerDocument
  /** Document offset of the cited text. */
  offset: number
  /** The path as checked (a brace group expanded; a glob as written). */
  path: string
  glob: boolean
  /** The root-relative folders tried, for the hint: the file's own bases, then how many folders the span names. */
  tried: readonly string[]
  namedTried: number
  /** The absolute paths looked for, for asking git which are ignored. */
  candidates: string[]
}

/**
 * The cited paths within `span` that exist under none of `bases`, the span's own named folders and
 * stamp folders (spanBases), nor `namedElsewhere`'s folders (an item's `Artifacts Root:`, a plan's
 * `Reports:`). Skipped: future work (isFutureMention; instructions only in a log entry, `readAs`), paths outside the repository, and templates
 * (`reports/<STAMP>/x.md`: a placeholder may name a folder not made yet). A glob (`logs/*.log`) is
 * unresolved when nothing matches it.
 */
export function unresolvedCitationsIn(
  context: RuleContext,
  doc: LedgerDocument,
  span: Span,
  bases: readonly string[],
  namedElsewhere: readonly string[],
  readAs: 'entry' | 'done-row',
): UnresolvedCitation[] {
  const cited = citedStringsIn(doc, scanOf(context, doc), span.start, span.end).map((citation) => ({citation, evidence: evidencePathOf(citation.text)}))
  const named = [...namedElsewhere, ...cited.flatMap(({evidence}) => (evidence?.kind === 'path' ? evidence.paths : []))]
  // Worked out only when some path is not found under the file's bases (most are).
  let own: string[] | undefined
  const ownBases = () => (own ??= spanBases(context, bases, named, doc.text.slice(span.start, span.end)))
  const unresolved: UnresolvedCitation[] = []
  const seen = new Set<string>()
  for (const {citation, evidence} of cited) {
    if (evidence === undefined || evidence.kind === 'template' || isFutureMention(doc, citation.offset, readAs === 'entry')) continue
    const at = {doc, offset: citation.offset}
    if (evidence.kind === 'glob') {
      const pattern = globPatternOf(evidence.path)
      const allBases = pattern === undefined ? [] : [...bases, ...ownBases()]
      if (pattern === undefined || seen.has(evidence.path) || patternMatches(context, allBases, pattern) !== false) continue
      seen.add(evidence.path)
      unresolved.push({...at, path: evidence.path, glob: true, ...triedOf(bases, allBases), candidates: candidatesOf(context, allBases, evidence.path)})
      continue
    }
    for (const path of evidence.paths) {
      if (seen.has(path)) continue
      // The file's bases first (resolved once per path and context), then the span's own folders.
      // `../x` is read from the file's bases only: from a deep named folder it could climb anywhere.
      const resolution = resolveCitedPath(context, bases, path)
      if (resolution.exists || resolution.outside) continue
      const spanFolders = LEAVES_FOLDER.test(path) ? [] : ownBases()
      if (spanFolders.some((base) => existsUnder(context, base, path))) continue
      seen.add(path)
      const tried = [...resolution.tried, ...spanFolders]
      unresolved.push({...at, path, glob: false, ...triedOf(bases, tried), candidates: candidatesOf(context, tried, path)})
    }
  }
  return unresolved
}

function existsUnder(context: RuleContext, base: string, path: string): boolean {
  const candidate = candidateInside(context, base, path)
  return candidate !== undefined && context.pathExists(candidate)
}

function triedOf(bases: readonly string[], tried: readonly string[]): {tried: string[]; namedTried: number} {
  const own = tried.filter((base) => bases.includes(base))
  return {tried: own, namedTried: tried.length - own.length}
}

function candidatesOf(context: RuleContext, bases: readonly string[], path: string): string[] {
  if (path.startsWith('/')) return [path]
  return bases.flatMap((base) => candidateInside(context, base, path) ?? [])
}
