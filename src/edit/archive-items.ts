import {UserError} from '../errors.js'
import {createDocument, type LedgerDocument} from '../ledger/document.js'
import {parseItemHeading} from '../ledger/fix-plan/fix-plan-items.js'
import {findField} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {scanDocument, type ScanResult} from '../ledger/scan.js'
import {selectItems, type ArchiveSelection} from './archive-selection.js'
import {headingAnchors} from './heading-slug.js'
import {itemSummary} from './item-summary.js'
import type {TextEdit} from './text-edit.js'

export const ARCHIVE_TITLE = '# Fix Plan Archive'

export interface ArchiveRequest {
  selection: ArchiveSelection
  /** Written verbatim in the `## Archived <date>` heading and the stubs. */
  date: string
  /** The archive's path relative to the fix plan's folder, as the stubs link it (`fix_plan_archive.md`). */
  link: string
}

export interface ArchiveTarget {
  path: string
  /** The archive as it is now; absent when the file does not exist yet. */
  doc?: LedgerDocument
  scan?: ScanResult
}

export interface ArchivedItem {
  id: string
  title: string
  /** 1-based heading line in the fix plan, before the move. */
  line: number
  /** How many lines moved to the archive. */
  lines: number
  /** 1-based heading line in the archive, after the move. */
  archiveLine: number
  anchor: string
  summary?: string
}

export interface IndexUpdate {
  id: string
  line: number
  from: string
  to: string
}

export interface ArchivePlan {
  items: ArchivedItem[]
  skipped: Array<{id: string; reason: string}>
  fixPlanEdits: TextEdit[]
  /** Against the archive's text, or '' when it is created. */
  archiveEdits: TextEdit[]
  index: IndexUpdate[]
  /** False when the items go under the archive's existing heading for the same date. */
  newHeading: boolean
}

/** An item's lines up to its last content line; trailing blank lines and `---` rules stay in the fix plan as layout. */
interface ItemMove {
  item: FixPlanItem
  firstLine: number
  lastLine: number
  summary?: string
}

const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/
const LIST_LINE = /^\s*(?:[-*+]|\d+[.)])\s/

/**
 * Moves items from the fix plan to the end of the archive, verbatim, under `## Archived <date>`
 * (reused when the archive already ends under it), leaving in the fix plan a stub — the heading
 * line, `- Status: archived <date> — see [<link>#<anchor>](…)` and a one-line summary — and the
 * index entries saying `archived`.
 */
export function planArchive(fixPlan: FixPlanLedger, archive: ArchiveTarget, request: ArchiveRequest): ArchivePlan {
  const moves = new Map(fixPlan.items.map((item) => [item, itemMove(fixPlan.doc, item)]))
  const stubLines = (move: ItemMove) => (move.summary === undefined ? 2 : 3)
  const selected = selectItems(fixPlan, request.selection, (item) => {
    const move = moves.get(item)!
    return move.lastLine - move.firstLine + 1 - stubLines(move)
  })
  const chosen = selected.items.map((item) => moves.get(item)!)
  if (chosen.length === 0) return {items: [], skipped: selected.skipped, fixPlanEdits: [], archiveEdits: [], index: [], newHeading: false}

  const appended = appendToArchive(fixPlan.doc, archive, chosen, request.date)
  const items = chosen.map((move, at): ArchivedItem => {
    const {item} = move
    // Archiving moves `## [ID]` items, which always have an ID.
    const base = {id: item.id ?? item.title, title: item.title, line: item.line, lines: move.lastLine - move.firstLine + 1}
    return {...base, archiveLine: appended.headingLines[at] + 1, anchor: appended.anchors[at], ...(move.summary === undefined ? {} : {summary: move.summary})}
  })
  const fixPlanEdits = chosen.map((move, at) => stubEdit(fixPlan.doc, move, request, items[at].anchor))
  const index = indexUpdates(fixPlan, new Set(items.map((item) => item.id)))
  for (const update of index) fixPlanEdits.push(update.edit)
  return {
    items,
    skipped: selected.skipped,
    fixPlanEdits,
    archiveEdits: [appended.edit],
    index: index.map(({id, line, from, to}) => ({id, line, from, to})),
    newHeading: appended.newHeading,
  }
}

function itemMove(doc: LedgerDocument, item: FixPlanItem): ItemMove {
  const firstLine = item.line - 1
  let lastLine = item.endLine - 1
  while (lastLine > firstLine && isLayout(doc, lastLine)) lastLine--
  return {item, firstLine, lastLine, summary: itemSummary(item)}
}

/** A blank line, or a `---` rule — unless it underlines a paragraph line, which makes it a setext heading. */
function isLayout(doc: LedgerDocument, at: number): boolean {
  const text = doc.lines[at].text
  if (text.trim() === '') return true
  if (!THEMATIC_BREAK.test(text)) return false
  const above = doc.lines[at - 1].text
  return above.trim() === '' || THEMATIC_BREAK.test(above) || LIST_LINE.test(above)
}

interface AppendedItems {
  edit: TextEdit
  newHeading: boolean
  /** 0-based line of each moved item's heading in the new archive. */
  headingLines: number[]
  anchors: string[]
}

function appendToArchive(source: LedgerDocument, archive: ArchiveTarget, moves: ItemMove[], date: string): AppendedItems {
  const before = archive.doc?.text ?? ''
  const eol = archive.doc?.eol ?? source.eol
  const heading = `Archived ${date}`
  const scanBefore = archive.scan ?? (archive.doc && scanDocument(archive.doc))
  const newHeading = !(scanBefore && endsUnderHeading(scanBefore, heading))
  const pieces = [separatorBefore(archive.doc, eol)]
  if (newHeading) pieces.push(`## ${heading}${eol}${eol}`)
  let line = countLineBreaks(before) + countLineBreaks(pieces.join(''))
  const headingLines: number[] = []
  moves.forEach((move, at) => {
    if (at > 0) {
      pieces.push(eol)
      line++
    }
    // The item's own line endings are kept; only the ending after its last line is the archive's.
    const text = source.text.slice(source.lines[move.firstLine].start, source.lines[move.lastLine].end)
    headingLines.push(line)
    pieces.push(text, eol)
    line += countLineBreaks(text) + 1
  })
  const inserted = pieces.join('')
  const after = before + inserted
  const scan = scanDocument(createDocument(archive.path, after))
  const anchorByLine = new Map<number, string>()
  headingAnchors(scan.headings.map((found) => found.text)).forEach((anchor, at) => anchorByLine.set(scan.headings[at].line, anchor))
  const anchors = moves.map((move, at) => {
    const anchor = anchorByLine.get(headingLines[at])
    if (anchor === undefined) {
      throw new UserError(`[${move.item.id}] would not be a heading at the end of ${archive.path}: an unclosed code fence or HTML block runs to its end`, {
        path: archive.path,
        hint: 'close the block in the archive, then re-run',
      })
    }
    return anchor
  })
  return {edit: {start: before.length, end: before.length, text: inserted}, newHeading, headingLines, anchors}
}

/** A new archive starts with its title; an existing one gets its last line ended and one blank line. */
function separatorBefore(doc: LedgerDocument | undefined, eol: string): string {
  if (doc === undefined || doc.text === '') return `${ARCHIVE_TITLE}${eol}${eol}`
  const lastIsBlank = doc.lines[doc.lines.length - 1].text.trim() === ''
  return (doc.text.endsWith('\n') ? '' : eol) + (lastIsBlank ? '' : eol)
}

/** The last level-2 heading that is not an item is `## <heading>`: items appended now belong under it. */
function endsUnderHeading(scan: ScanResult, heading: string): boolean {
  for (let at = scan.headings.length - 1; at >= 0; at--) {
    const found = scan.headings[at]
    if (found.level > 2 || (found.level === 2 && parseItemHeading(found.text))) continue
    return found.level === 2 && found.text.trim() === heading
  }
  return false
}

function countLineBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** The heading line as written, then `Status: archived …` and `Summary: …` in the item's own field markup. */
function stubEdit(doc: LedgerDocument, move: ItemMove, request: ArchiveRequest, anchor: string): TextEdit {
  const {item} = move
  const [statusPrefix, summaryPrefix] = fieldPrefixes(doc, item)
  const target = `${request.link.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}#${anchor}`
  const lines = [doc.lines[move.firstLine].text, `${statusPrefix}archived ${request.date} — see [${request.link}#${anchor}](${target})`]
  if (move.summary !== undefined) lines.push(`${summaryPrefix}${move.summary}`)
  return {start: doc.lines[move.firstLine].start, end: doc.lines[move.lastLine].end, text: lines.join(doc.eol)}
}

/** `- Status: ` and `- Summary: ` as the item writes its Status field (`- **Status:** ` gives `- **Summary:** `). */
function fieldPrefixes(doc: LedgerDocument, item: FixPlanItem): [string, string] {
  const status = findField(item, 'Status')
  if (!status) return ['- Status: ', '- Summary: ']
  const lineStart = doc.lines[status.line - 1].start
  let prefix = doc.text.slice(lineStart, status.valueSpan.start)
  if (!/\s$/.test(prefix)) prefix += ' '
  const keyStart = status.keySpan.start - lineStart
  const keyEnd = status.keySpan.end - lineStart
  return [prefix, `${prefix.slice(0, keyStart)}Summary${prefix.slice(keyEnd)}`]
}

/** Index entries of moved items say `archived`; the rows stay so their IDs and anchors still resolve. */
function indexUpdates(fixPlan: FixPlanLedger, moved: Set<string>): Array<IndexUpdate & {edit: TextEdit}> {
  const updates: Array<IndexUpdate & {edit: TextEdit}> = []
  const {text} = fixPlan.doc
  for (const entry of fixPlan.index) {
    const span = entry.statusSpan
    if (!moved.has(entry.id) || !span) continue
    const from = text.slice(span.start, span.end)
    if (from === 'archived') continue
    // An empty cell's content span sits against its closing pipe (`|  |`): keep a space before it.
    const padded = span.start === span.end && text[span.end] === '|' ? 'archived ' : 'archived'
    updates.push({id: entry.id, line: entry.line, from, to: 'archived', edit: {start: span.start, end: span.end, text: padded}})
  }
  return updates
}
