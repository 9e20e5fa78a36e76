import type {CodeSpan} from './code-spans.js'

/** An inline link or image `[text](target "title")` on one line, as indices into that line's text. */
export interface MarkdownLink {
  /** Index of `[` (or `!` for an image). */
  start: number
  /** The destination as written (angle brackets removed). */
  target: string
  targetStart: number
  targetEnd: number
}

const LINK_CHARACTER = /[\\`[\]]/g

/**
 * The inline links of one line, skipping any inside code spans. Reference-style links and
 * autolinks are not read: ledgers cite with inline links.
 */
export function markdownLinksOf(text: string, codeSpans: readonly CodeSpan[]): MarkdownLink[] {
  const links: MarkdownLink[] = []
  const openers: number[] = []
  // Spans are in line order and `at` only moves forward: one cursor finds a span opening at `at`
  // without searching them all for each backtick (a line citing 100,000 paths was quadratic).
  let nextSpan = 0
  let at = 0
  while (at < text.length) {
    // Only escapes, backticks and brackets matter: jump from one to the next (cited lines run long).
    LINK_CHARACTER.lastIndex = at
    const found = LINK_CHARACTER.exec(text)
    if (found === null) break
    at = found.index
    const char = found[0]
    if (char === '\\') {
      at += 2
      continue
    }
    if (char === '`') {
      while (nextSpan < codeSpans.length && codeSpans[nextSpan].start < at) nextSpan++
      const span = codeSpans[nextSpan]?.start === at ? codeSpans[nextSpan] : undefined
      at = span ? span.end : at + 1
      continue
    }
    if (char === '[') openers.push(at)
    else if (char === ']' && text[at + 1] === '(' && openers.length > 0) {
      const opener = openers.pop() as number
      const destination = readDestination(text, at + 2)
      if (destination) {
        const start = opener > 0 && text[opener - 1] === '!' ? opener - 1 : opener
        links.push({start, ...destination})
        // Brackets opened before a link do not pair with brackets after it.
        openers.length = 0
        at = destination.end
        continue
      }
    } else if (char === ']') openers.pop()
    at++
  }
  return links
}

/** A link target that names a file in the repository: not a URL, mail address or same-page anchor. */
export function isRelativeLinkTarget(target: string): boolean {
  const trimmed = target.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return false
  return !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//')
}

/** The path part of a link target: `#anchor` and `?query` dropped, escapes and %-encoding undone. */
export function linkTargetPath(target: string): string {
  const path = target.replace(/[#?].*$/s, '').replace(/\\(.)/gs, '$1')
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

// `settings.py:65`, `x.py:437-596`, `x.ts:12:5`: editors and agents link a line this way.
const LINE_REFERENCE = /:\d+(?:[-:]\d+)?$/

/** The file a `path:line` link target names; the path itself when it carries no line reference. */
export function withoutLineReference(path: string): string {
  const stripped = path.replace(LINE_REFERENCE, '')
  return stripped === '' ? path : stripped
}

function readDestination(text: string, from: number): {target: string; targetStart: number; targetEnd: number; end: number} | undefined {
  let at = from
  while (text[at] === ' ' || text[at] === '\t') at++
  let targetStart = at
  let targetEnd: number
  if (text[at] === '<') {
    const close = text.indexOf('>', at + 1)
    if (close === -1) return undefined
    targetStart = at + 1
    targetEnd = close
    at = close + 1
  } else {
    let depth = 0
    while (at < text.length) {
      const char = text[at]
      if (char === '\\') {
        at += 2
        continue
      }
      if (char === ' ' || char === '\t') break
      if (char === '(') depth++
      else if (char === ')') {
        if (depth === 0) break
        depth--
      }
      at++
    }
    targetEnd = Math.min(at, text.length)
  }
  // An optional title, then the closing parenthesis.
  let rest = at
  while (text[rest] === ' ' || text[rest] === '\t') rest++
  if (text[rest] === '"' || text[rest] === "'") {
    const close = text.indexOf(text[rest], rest + 1)
    if (close === -1) return undefined
    rest = close + 1
    while (text[rest] === ' ' || text[rest] === '\t') rest++
  }
  if (text[rest] !== ')') return undefined
  return {target: text.slice(targetStart, targetEnd), targetStart, targetEnd, end: rest + 1}
}
