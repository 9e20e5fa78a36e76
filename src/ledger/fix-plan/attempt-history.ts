import {classifyBulletEntry, isPlaceholder, looksLikeEntry, prefixParts} from './attempt-entry.js'
import {parseFieldKey} from './field-key.js'
import {
  blockEnd,
  indentOf,
  isBlank,
  kindOf,
  lineSpan,
  textAfterMarker,
  trimEnd,
  warn,
  type LedgerLines,
} from './fix-plan-lines.js'
import type {AttemptEntry, AttemptsHistory, Field, Span} from '../model.js'
import type {ListItem} from '../scan.js'
import {columnsOf} from '../whitespace.js'

/**
 * Bullet-style Attempts Histories: the `- Attempts History:` field (entries are its nested
 * bullets) and the bare `Attempts History:` line (entries are the bullets that follow it).
 */
// `Attempts History`, `Attempt History`, `Attempts History (newest last)`.
const HISTORY_NAME = /^attempts?\s+history\b/i
const BARE_HISTORY_LINE = /^[ \t]*(\*\*|__)?attempts?\s+history\s*(?::\s*\1|\1\s*:|:)?[ \t]*$/i

export function isAttemptsHistoryKey(key: string): boolean {
  return HISTORY_NAME.test(key.trim())
}

/** A heading title naming a history: `Attempts History`, `Attempts History (newest last)`. */
export function isAttemptsHistoryTitle(title: string): boolean {
  return /^(?:\*\*|__)?attempts?\s+history\b/i.test(title.trim())
}

/** `Attempts History:` (or `**Attempts History:**`) alone on a line that is not a bullet. */
export function isBareHistoryLine(lines: LedgerLines, at: number): boolean {
  return kindOf(lines, at) === 'text' && BARE_HISTORY_LINE.test(lines.doc.lines[at].text)
}

export interface BulletRun {
  entries: AttemptEntry[]
  placeholder?: {line: number; span: Span}
  /** Last line (0-based) the run took, or `from - 1` when it took none. */
  lastLine: number
}

/**
 * Reads the entries in `[from, to]`. `open` runs (after a bare line) have no natural end: they stop
 * at the first line that is neither a bullet nor a continuation, or at a bullet that reads as a
 * `Key: value` field rather than an entry. Bounded runs (inside a field or a section) skip such lines.
 * `measureOnly` finds the extent without building entries (nor warning about them).
 */
export function readBulletRun(lines: LedgerLines, from: number, to: number, open: boolean, measureOnly = false): BulletRun {
  const run: BulletRun = {entries: [], lastLine: from - 1}
  let nominal = -1
  let at = from
  while (at <= to) {
    if (isBlank(lines, at)) {
      at++
      continue
    }
    const item = lines.listItems[at]
    if (!item || (nominal >= 0 && item.indent > nominal)) {
      if (!run.placeholder && run.entries.length === 0 && isPlaceholderLine(lines, at)) {
        run.placeholder = {line: at + 1, span: lineSpan(lines, at, at)}
        run.lastLine = at
      } else if (open) break
      // Skip the line with its own continuation, or a whole fenced block it opens.
      at = Math.max(blockEnd(lines, at, indentOf(lines, at), to), Math.min(lines.fenceEnd[at], to)) + 1
      continue
    }
    if (nominal < 0) nominal = item.indent
    const {text} = textAfterMarker(lines, item)
    if (open && classifyBulletEntry(text).style === 'plain' && parseFieldKey(text) && !isPlaceholder(text)) break
    const end = blockEnd(lines, at, Math.max(item.indent, nominal), to)
    if (isPlaceholder(text) && !run.placeholder && run.entries.length === 0) {
      run.placeholder = {line: at + 1, span: lineSpan(lines, at, at)}
    } else if (!measureOnly) {
      run.entries.push(bulletEntry(lines, item, end))
    }
    run.lastLine = end
    at = end + 1
  }
  return run
}

/**
 * For a `- Attempts History:` bullet with nothing nested under it: when the next bullet at the same
 * indentation is an entry (or the placeholder), the entries are its siblings; returns the last line
 * they take. Otherwise returns `at`.
 */
export function flatHistoryEnd(lines: LedgerLines, at: number, limit: number): number {
  let next = at + 1
  while (next <= limit && isBlank(lines, next)) next++
  const item = next <= limit ? lines.listItems[next] : undefined
  const own = lines.listItems[at]
  if (!item || !own || item.indent !== own.indent) return at
  const {text} = textAfterMarker(lines, item)
  if (classifyBulletEntry(text).style === 'plain' && !isPlaceholder(text)) return at
  return Math.max(at, readBulletRun(lines, next, limit, true, true).lastLine)
}

function isPlaceholderLine(lines: LedgerLines, at: number): boolean {
  return kindOf(lines, at) === 'text' && isPlaceholder(lines.doc.lines[at].text.trim())
}

function bulletEntry(lines: LedgerLines, item: ListItem, endLine: number): AttemptEntry {
  const {offset, text} = textAfterMarker(lines, item)
  const prefix = classifyBulletEntry(text)
  const line = lines.doc.lines[item.line]
  const textStart = offset + prefix.textStart
  const textEnd = trimEnd(lines.doc.text, textStart, line.end)
  if (prefix.style === 'plain' && looksLikeEntry(text)) {
    warn(lines, item.line, `Attempt entry does not match a known entry style; kept as written: ${preview(text)}`)
  }
  return {
    style: prefix.style,
    line: item.line + 1,
    endLine: endLine + 1,
    span: lineSpan(lines, item.line, endLine),
    bullet: item.marker,
    indent: item.indent,
    contentColumn: columnsOf(line.text.slice(0, offset - line.start)),
    ...prefixParts(prefix),
    text: lines.doc.text.slice(textStart, textEnd),
    textSpan: {start: textStart, end: textEnd},
  }
}

/** The entries nested in a `- Attempts History:` field, then `stranded` ones (under fields inserted after it; see stranded-entries.ts). */
export function readFieldHistory(lines: LedgerLines, field: Field, stranded: readonly AttemptEntry[] = []): AttemptsHistory {
  const run = readBulletRun(lines, field.line, field.endLine - 1, false)
  const entries = [...run.entries, ...stranded]
  return {kind: 'field', line: field.line, entries, placeholder: run.placeholder}
}

/** The entries after a bare `Attempts History:` line, and the last line they take. */
export function readBareLineHistory(lines: LedgerLines, at: number, limit: number): {history: AttemptsHistory; lastLine: number} {
  const run = readBulletRun(lines, at + 1, limit, true)
  return {history: {kind: 'bare-line', line: at + 1, entries: run.entries, placeholder: run.placeholder}, lastLine: Math.max(at, run.lastLine)}
}

/**
 * One history from several found in the same owner: the first (in file order) keeps its place and
 * kind, later ones' entries join it in file order so none is lost, with a warning each.
 */
export function mergeHistories(lines: LedgerLines, histories: AttemptsHistory[], owner: string): AttemptsHistory | undefined {
  if (histories.length === 0) return undefined
  const ordered = [...histories].sort((a, b) => a.line - b.line)
  const [first, ...others] = ordered
  if (others.length === 0) return first
  for (const other of others) {
    warn(lines, other.line - 1, `${owner} has a second Attempts History (first at line ${first.line}); its ${other.entries.length} entries are read as part of the first`)
  }
  const entries = ordered.flatMap((history) => history.entries).sort((a, b) => a.line - b.line)
  const placeholder = ordered.find((history) => history.placeholder)?.placeholder
  return {...first, entries, placeholder}
}

export function preview(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed
}
