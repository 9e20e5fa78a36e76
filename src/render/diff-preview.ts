import {Chalk, type ChalkInstance} from 'chalk'
import {structuredPatch, type StructuredPatchHunk} from 'diff'

import {InternalError} from '../errors.js'
import {escapeUntrusted} from './escape-untrusted.js'

export interface FileChange {
  path: string
  before: string
  after: string
  /** A move: shown as git shows one (`rename from` / `rename to`) before any diff. */
  rename?: {from: string; to: string}
}

export interface DiffOptions {
  color: boolean
  /** Lines of unchanged context around each change; 3 like `git diff`. */
  context?: number
}

// ␍ marks a CRLF ending only when the changed lines mix CRLF and LF endings: uniform CRLF files
// read cleanly, yet a change that only alters a line ending still shows a difference.
const CR_MARKER = '␍'

const NO_NEWLINE_PREFIX = '\\'

interface ContentLine {
  prefix: ' ' | '-' | '+'
  text: string
  /** 'none' only for a last line without a newline. */
  ending: 'crlf' | 'lf' | 'none'
}

type HunkLine = ContentLine | {prefix: typeof NO_NEWLINE_PREFIX; text: string}

/**
 * A unified diff (`--- a/<path>`, `+++ b/<path>`, `@@` hunks) of one file, with all file content
 * escaped for the terminal. Empty when nothing changed. The text ends with a newline.
 */
export function renderDiff(change: FileChange, options: DiffOptions): string {
  if (change.rename) return renderRename(change.rename, options)
  if (change.before === change.after) return ''
  const patch = structuredPatch(change.path, change.path, change.before, change.after, undefined, undefined, {
    context: options.context ?? 3,
  })
  const hunks = patch.hunks.map((hunk) => ({hunk, lines: parseHunkLines(hunk.lines)}))
  const markCr = endingsAreMixed(hunks.flatMap((h) => h.lines))
  // level 0 emits no escape codes at all, so color stays our decision, not chalk's detection.
  const paint = new Chalk({level: options.color ? 1 : 0})

  const out = [paint.bold(`--- a/${escapeOneLine(change.path)}`), paint.bold(`+++ b/${escapeOneLine(change.path)}`)]
  for (const {hunk, lines} of hunks) {
    out.push(paint.cyan(hunkHeader(hunk)))
    for (const line of lines) out.push(renderLine(line, markCr, paint))
  }
  return out.join('\n') + '\n'
}

function renderRename(rename: {from: string; to: string}, options: DiffOptions): string {
  const paint = new Chalk({level: options.color ? 1 : 0})
  return `${paint.bold(`rename from ${escapeOneLine(rename.from)}`)}\n${paint.bold(`rename to ${escapeOneLine(rename.to)}`)}\n`
}

function parseHunkLines(raw: string[]): HunkLine[] {
  return raw.map((line, i): HunkLine => {
    const prefix = line[0]
    const body = line.slice(1)
    if (prefix === NO_NEWLINE_PREFIX) return {prefix, text: line.slice(2)}
    if (prefix !== ' ' && prefix !== '-' && prefix !== '+') throw new InternalError(`unexpected jsdiff line: ${JSON.stringify(line)}`)
    // Without a following newline, a trailing CR is content (shown escaped), not a line ending.
    if (raw[i + 1]?.[0] === NO_NEWLINE_PREFIX) return {prefix, text: body, ending: 'none'}
    if (body.endsWith('\r')) return {prefix, text: body.slice(0, -1), ending: 'crlf'}
    return {prefix, text: body, ending: 'lf'}
  })
}

function endingsAreMixed(lines: HunkLine[]): boolean {
  const changedEndings = new Set(lines.flatMap((l) => (l.prefix === '-' || l.prefix === '+' ? [l.ending] : [])))
  return changedEndings.has('crlf') && changedEndings.has('lf')
}

function renderLine(line: HunkLine, markCr: boolean, paint: ChalkInstance): string {
  if (line.prefix === NO_NEWLINE_PREFIX) return `\\ ${line.text}`
  const text = `${line.prefix}${escapeOneLine(line.text)}${markCr && line.ending === 'crlf' ? CR_MARKER : ''}`
  if (line.prefix === '-') return paint.red(text)
  if (line.prefix === '+') return paint.green(text)
  return text
}

// Unified diff quirk (as in jsdiff's formatPatch): an empty range starts at the line before it.
function hunkHeader(hunk: StructuredPatchHunk): string {
  const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart
  const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart
  return `@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`
}

// A displayed line must stay one line: LF (and the CR before it) become visible escapes too.
function escapeOneLine(text: string): string {
  return text.split('\n').map(escapeUntrusted).join('\\x0A')
}
