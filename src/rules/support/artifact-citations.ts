import type {LedgerDocument} from '../../ledger/document.js'
import type {Span} from '../../ledger/model.js'
import type {RuleContext} from '../rule.js'
import {scanOf} from './checked-files.js'
import {citedStringsIn} from './cited-strings.js'
import {candidateInside, patternMatches, resolveCitedPath} from './evidence-bases.js'
import picomatch from 'picomatch'
import {evidencePathOf, globPatternOf, type EvidencePath} from './evidence-paths.js'
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
 * `Reports:`), and that no path below a folder base (every base but the root) ends with: agents cite
 * `logs/run.log` for `reports/<stamp>/logs/run.log`. A template (`reports/<STAMP>/x.md`) or glob
 * (`logs/*.log`) is unresolved when nothing matches it there. Skipped: future work (isFutureMention;
 * instructions only in a log entry, `readAs`) and paths outside the repository.
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
    if (evidence === undefined || isFutureMention(doc, citation.offset, readAs === 'entry')) continue
    const at = {doc, offset: citation.offset}
    if (evidence.kind !== 'path') {
      const pattern = globPatternOf(evidence.path)
      // `reports/<TS>/x.md` beside `reports/2025-10-19T115303Z/x.md`: the concrete path says which file, and is checked itself.
      if (pattern === undefined || seen.has(evidence.path) || namesAnInstance(pattern, cited)) continue
      const allBases = [...bases, ...ownBases()]
      if (patternMatches(context, allBases, pattern) !== false) continue
      if (patternMatches(context, folderBases(bases, namedElsewhere), `**/${pattern}`)) continue
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
      if (!LEAVES_FOLDER.test(path) && !path.startsWith('/') && endsBelow(context, folderBases(bases, namedElsewhere), path)) continue
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

/**
 * The bases searched in depth: all but the root, whose whole tree would find any common name
 * (`__init__.py`, `summary.md`) somewhere.
 */
function folderBases(bases: readonly string[], namedElsewhere: readonly string[]): string[] {
  return [...new Set([...bases, ...namedElsewhere.map((path) => path.replace(/\/+$/, ''))])].filter((base) => base !== '' && base !== '.' && !LEAVES_FOLDER.test(base))
}

function endsBelow(context: RuleContext, folders: readonly string[], path: string): boolean {
  const {pathEndsBelow} = context
  if (pathEndsBelow === undefined) return false
  const tail = path.replace(/\/+$/, '')
  return folders.some((base) => {
    const folder = candidateInside(context, base, '.')
    return folder !== undefined && pathEndsBelow(folder, tail)
  })
}

/**
 * Whether a concrete path cited beside a template or glob is one of its instances, either written
 * from another base: the pattern may be the longer one (`plans/active/X/reports/<TS>/a.log` beside
 * `reports/2025-10-19T115303Z/a.log`), or the path (`**\/` + pattern).
 */
function namesAnInstance(pattern: string, cited: readonly {evidence: EvidencePath | undefined}[]): boolean {
  const segments = pattern.split('/')
  const firstWild = segments.findIndex((segment) => /[*?[{]/.test(segment))
  const tails = segments.slice(0, Math.max(firstWild, 0) + 1).map((_, start) => segments.slice(start).join('/'))
  const matches = picomatch([...tails, `**/${pattern}`], {dot: true})
  return cited.some(({evidence}) => evidence?.kind === 'path' && evidence.paths.some((path) => matches(path) || matches(path.replace(/\/+$/, ''))))
}

function triedOf(bases: readonly string[], tried: readonly string[]): {tried: string[]; namedTried: number} {
  const own = tried.filter((base) => bases.includes(base))
  return {tried: own, namedTried: tried.length - own.length}
}

function candidatesOf(context: RuleContext, bases: readonly string[], path: string): string[] {
  if (path.startsWith('/')) return [path]
  return bases.flatMap((base) => candidateInside(context, base, path) ?? [])
}
