import {classifyHeadingEntry, isDatedHeading, prefixParts} from './attempt-entry.js'
import {isAttemptsHistoryTitle, preview, readBulletRun} from './attempt-history.js'
import {lastNonBlank, lineSpan, trimEnd, warn, type LedgerLines} from './fix-plan-lines.js'
import type {AttemptEntry, AttemptsHistory} from '../model.js'
import type {Heading} from '../scan.js'
import {columnsOf, leadingBlankEnd} from '../whitespace.js'

/**
 * A heading-style history (FORMATS.md §2 style 6): `## Attempts History` with `### <timestamp> — label`
 * entry headings whose body runs to the next heading of the same or a higher level. Bullets between
 * the history heading and its first sub-heading are read as bullet entries.
 */
export interface HeadingHistoryRead {
  history: AttemptsHistory
  /** Line ranges (0-based, inclusive) the history owns, so other readers leave them alone. */
  ranges: Array<[number, number]>
}

/** Reads the history under `scan.headings[headingIndex]`, looking no further than line `scopeEnd`. */
export function readHeadingHistory(lines: LedgerLines, headingIndex: number, scopeEnd: number): HeadingHistoryRead {
  const headings = lines.scan.headings
  const head = headings[headingIndex]
  const sectionEnd = sectionEndLine(lines, headingIndex, scopeEnd)
  const firstSub = headingIndex + 1 < headings.length && headings[headingIndex + 1].line <= sectionEnd ? headings[headingIndex + 1] : undefined
  const run = readBulletRun(lines, head.line + 1, firstSub ? firstSub.line - 1 : sectionEnd, false)
  const entries: AttemptEntry[] = [...run.entries]

  let entryLevel = Infinity
  for (let at = headingIndex + 1; at < headings.length && headings[at].line <= sectionEnd; at++) entryLevel = Math.min(entryLevel, headings[at].level)
  for (let at = headingIndex + 1; at < headings.length && headings[at].line <= sectionEnd; at++) {
    if (headings[at].level !== entryLevel) continue
    const entry = headingEntry(lines, at, sectionEnd)
    if (entry.date === undefined && entry.number === undefined) {
      warn(lines, headings[at].line, `Heading in the Attempts History (line ${head.line + 1}) has no date; read as an entry: ${preview(headings[at].text)}`)
    }
    entries.push(entry)
  }
  const ranges: Array<[number, number]> = [[head.line, sectionEnd]]
  resumeAfterInterruptions(lines, headingIndex, sectionEnd, scopeEnd, entryLevel === Infinity ? head.level + 1 : entryLevel, entries, ranges)
  return {history: {kind: 'heading', line: head.line + 1, entries, placeholder: run.placeholder}, ranges}
}

/**
 * Entries stranded after an interrupting sibling section (dose_experiments: `## TODOs`, then more
 * `### <timestamp>` entries) still belong to this history: keep them in file order and warn, section
 * by section, until a section holds no dated entry headings.
 */
function resumeAfterInterruptions(
  lines: LedgerLines,
  headingIndex: number,
  sectionEnd: number,
  scopeEnd: number,
  entryLevel: number,
  entries: AttemptEntry[],
  ranges: Array<[number, number]>,
): void {
  const headings = lines.scan.headings
  const head = headings[headingIndex]
  let at = nextHeadingAfter(lines, headingIndex, sectionEnd)
  while (at < headings.length && headings[at].line <= scopeEnd) {
    const interruption = headings[at]
    if (interruption.level !== head.level || isAttemptsHistoryTitle(interruption.text)) return
    const end = sectionEndLine(lines, at, scopeEnd)
    const stranded: AttemptEntry[] = []
    for (let sub = at + 1; sub < headings.length && headings[sub].line <= end; sub++) {
      if (headings[sub].level === entryLevel && isDatedHeading(headings[sub].text)) stranded.push(headingEntry(lines, sub, end))
    }
    if (stranded.length === 0) return
    warn(
      lines,
      interruption.line,
      `\`${'#'.repeat(interruption.level)} ${preview(interruption.text)}\` interrupts the Attempts History (line ${head.line + 1}); its ${stranded.length} dated entries from line ${stranded[0].line} on are read as part of that history`,
    )
    for (const entry of stranded) {
      entries.push(entry)
      ranges.push([entry.line - 1, entry.endLine - 1])
    }
    at = nextHeadingAfter(lines, at, end)
  }
}

function headingEntry(lines: LedgerLines, headingIndex: number, limit: number): AttemptEntry {
  const heading: Heading = lines.scan.headings[headingIndex]
  const line = lines.doc.lines[heading.line]
  const prefix = classifyHeadingEntry(heading.text)
  const endLine = lastNonBlank(lines, heading.line, sectionEndLine(lines, headingIndex, limit))
  const textStart = Math.min(heading.textStart + prefix.textStart, heading.textEnd)
  const textEnd = Math.max(textStart, trimEnd(lines.doc.text, textStart, heading.textEnd))
  return {
    style: 'heading',
    line: heading.line + 1,
    endLine: endLine + 1,
    span: lineSpan(lines, heading.line, endLine),
    headingLevel: heading.level,
    indent: columnsOf(line.text, leadingBlankEnd(line.text)),
    contentColumn: columnsOf(line.text.slice(0, heading.textStart - line.start)),
    ...prefixParts(prefix),
    text: lines.doc.text.slice(textStart, textEnd),
    textSpan: {start: textStart, end: textEnd},
  }
}

/** The line before the next heading of the same level as `headings[index]` or higher, capped at `limit`. */
export function sectionEndLine(lines: LedgerLines, index: number, limit: number): number {
  const headings = lines.scan.headings
  const level = headings[index].level
  for (let at = index + 1; at < headings.length; at++) {
    if (headings[at].line > limit) break
    if (headings[at].level <= level) return headings[at].line - 1
  }
  return limit
}

/** Index of the first heading after line `line`, searching from `headings[index]`. */
function nextHeadingAfter(lines: LedgerLines, index: number, line: number): number {
  const headings = lines.scan.headings
  let at = index + 1
  while (at < headings.length && headings[at].line <= line) at++
  return at
}
