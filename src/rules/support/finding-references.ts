import type {LedgerDocument} from '../../ledger/document.js'
import {escapeRegExp} from '../../ledger/escape-regexp.js'
import type {ScanResult} from '../../ledger/scan.js'
import {memoizeByString} from '../../ledger/string-memo.js'
import {linesMatching} from './lines-matching.js'

/**
 * Where a ledger mentions a finding: by link to the findings ledger (`docs/findings.md#POLICY-001`,
 * in a link, a code span or plain text), under a `Findings:` / `Findings applied:` label, or as a
 * bare ID-shaped token anywhere else. Which bare tokens are finding IDs is the rule's business.
 */
export type FindingCitationKind = 'link' | 'label' | 'bare'

export interface FindingCitation {
  kind: FindingCitationKind
  /** The ID as written (for links, the ID part of the anchor: `policy-001` of `#policy-001-title`). */
  id: string
  /** Document offset where the ID starts. */
  offset: number
  /** Links: the whole reference (`docs/findings.md#POLICY-001`). Labels: the label (`Findings applied`). */
  via?: string
}

export interface CitationOptions {
  /** File name of the findings ledger (`findings.md`). */
  findingsFileName: string
  /** Read `Findings:` labels and bare tokens too (not in the findings ledger itself: it defines them). */
  labelsAndBare: boolean
}

// `POLICY-001`, `TORCH-REASSEMBLY-NORM-001`, `FINDING-7`: not inside a path, an anchor or a longer word.
const ID_TOKEN = /(?<![\w/#.-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+(?![\w/-])/g
const MAY_HOLD_ID = /[A-Z0-9]-\d/
// The ID at the start of an anchor; heading slugs run on after it (`policy-001-pytorch-mandatory`).
const ANCHOR_ID = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?-\d+(?=$|-)/
const LABEL = /(?<![\w-])(?:\*\*|__)?(Findings(?:[ \t]+[Aa]pplied)?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/g
// A label's list ends at a sentence end, a cell or line break, or the next `Label:`.
const CLAUSE_END = /\.(?=\s|$)|;|(?<!\\)\||<br\s*\/?>|\s(?:\*\*)?[A-Z][A-Za-z/&]*(?:[ \t][A-Za-z/&]+){0,3}(?:\*\*)?:(?=\s|$)/

export function findingCitationsIn(doc: LedgerDocument, scan: ScanResult, options: CitationOptions): FindingCitation[] {
  const reader = lineReaderFor(options)
  const citations: FindingCitation[] = []
  for (const index of linesMatching(doc, reader.mayCite)) {
    if (scan.kinds[index] === 'code' || scan.kinds[index] === 'fence') continue
    const line = doc.lines[index]
    for (const found of reader.citationsOn(line.text)) citations.push({kind: found.kind, id: found.id, offset: line.start + found.at, via: found.via})
  }
  return citations
}

/** A citation as found on one line: `at` is an index into the line's text. */
type LineCitation = Omit<FindingCitation, 'offset'> & {at: number}

interface LineReader {
  /**
   * What a line citing anything holds: the ledger's file name, or (labels and bare IDs read) `indings`
   * or an ID-shaped `X-1`. Most lines hold none of these and are never looked at.
   */
  mayCite: RegExp
  /** The line's citations, read once per distinct text: ledger histories repeat most lines of the version before. */
  citationsOn(text: string): readonly LineCitation[]
}

const lineReaders = new Map<string, LineReader>()

function lineReaderFor(options: CitationOptions): LineReader {
  const key = `${options.labelsAndBare}:${options.findingsFileName}`
  let reader = lineReaders.get(key)
  if (reader === undefined) {
    const fileName = escapeRegExp(options.findingsFileName)
    const reference = new RegExp(`(?<![\\w.-])((?:[\\w.-]+/)*${fileName})#([\\w.-]+)`, 'g')
    reader = {
      mayCite: new RegExp(options.labelsAndBare ? `${fileName}|indings|${MAY_HOLD_ID.source}` : fileName, 'g'),
      citationsOn: memoizeByString((text) => citationsOnLine(text, reference, options)),
    }
    lineReaders.set(key, reader)
  }
  return reader
}

function citationsOnLine(text: string, reference: RegExp, options: CitationOptions): LineCitation[] {
  const citations: LineCitation[] = []
  const taken = new Set<number>()
  if (text.includes(options.findingsFileName)) {
    for (const match of text.matchAll(reference)) {
      const id = ANCHOR_ID.exec(match[2])?.[0]
      if (id === undefined) continue
      const at = (match.index as number) + match[1].length + 1
      taken.add(at)
      for (const named of sameIdInLinkText(text, match.index as number, id)) taken.add(named)
      citations.push({kind: 'link', id, at, via: `${match[1]}#${match[2]}`})
    }
  }
  if (!options.labelsAndBare) return citations
  if (text.includes('indings')) for (const label of text.matchAll(LABEL)) {
    const from = (label.index as number) + label[0].length
    const clauseEnd = CLAUSE_END.exec(text.slice(from))
    const clause = text.slice(from, clauseEnd ? from + clauseEnd.index : text.length)
    for (const token of clause.matchAll(ID_TOKEN)) {
      const at = from + (token.index as number)
      // IDs in parentheses are asides (`POLICY-001 (see TEST-PYTORCH-001)`), not the list itself.
      if (taken.has(at) || parenDepth(clause, token.index as number) > 0) continue
      taken.add(at)
      citations.push({kind: 'label', id: token[0], at, via: label[1].replace(/\s+/g, ' ')})
    }
  }
  if (!MAY_HOLD_ID.test(text)) return citations
  for (const token of text.matchAll(ID_TOKEN)) {
    const at = token.index as number
    if (!taken.has(at)) citations.push({kind: 'bare', id: token[0], at})
  }
  return citations
}

/**
 * `[POLICY-001](findings.md#policy-001)` names one finding twice: the ID in the link's text is the
 * link's own citation, not a second one. Offsets of the tokens in the text before `](` that equal the anchor's ID.
 */
function sameIdInLinkText(text: string, targetStart: number, id: string): number[] {
  if (text[targetStart - 1] !== '(' || text[targetStart - 2] !== ']') return []
  const open = text.lastIndexOf('[', targetStart - 2)
  if (open < 0) return []
  const linkText = text.slice(open + 1, targetStart - 2)
  const wanted = id.toUpperCase()
  return [...linkText.matchAll(ID_TOKEN)].filter((token) => token[0].toUpperCase() === wanted).map((token) => open + 1 + (token.index as number))
}

function parenDepth(text: string, before: number): number {
  let depth = 0
  for (let at = 0; at < before; at++) {
    if (text[at] === '(') depth++
    else if (text[at] === ')' && depth > 0) depth--
  }
  return depth
}
