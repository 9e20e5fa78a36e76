/** An inline code span on one line, as indices into that line's text. */
export interface CodeSpan {
  /** The opening backtick run. */
  start: number
  /** Just past the closing backtick run. */
  end: number
  contentStart: number
  contentEnd: number
}

const SPAN_CHARACTER = /[\\`]/g

/**
 * The inline code spans of one line (CommonMark: a backtick run closed by the next run of the same
 * length; one space stripped from each side when both are there). Spans across lines are not
 * followed: ledgers keep a cited path on one line.
 */
export function codeSpansOf(text: string): CodeSpan[] {
  const spans: CodeSpan[] = []
  // Run lengths with no closer after some point: none after any later point either (keeps long lines linear).
  const unclosed = new Set<number>()
  let at = 0
  while (at < text.length) {
    // Only escapes and backticks matter: jump from one to the next (cited lines run long).
    SPAN_CHARACTER.lastIndex = at
    const found = SPAN_CHARACTER.exec(text)
    if (found === null) break
    at = found.index
    if (found[0] === '\\') {
      at += 2
      continue
    }
    const runEnd = runEndOf(text, at)
    const length = runEnd - at
    const close = unclosed.has(length) ? -1 : closingRun(text, runEnd, length)
    if (close === -1) {
      unclosed.add(length)
      at = runEnd
      continue
    }
    let contentStart = runEnd
    let contentEnd = close
    const content = text.slice(contentStart, contentEnd)
    if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') {
      contentStart++
      contentEnd--
    }
    spans.push({start: at, end: close + length, contentStart, contentEnd})
    at = close + length
  }
  return spans
}

function runEndOf(text: string, from: number): number {
  let at = from
  while (text[at] === '`') at++
  return at
}

function closingRun(text: string, from: number, length: number): number {
  let search = from
  for (;;) {
    const next = text.indexOf('`', search)
    if (next === -1) return -1
    const end = runEndOf(text, next)
    if (end - next === length) return next
    search = end
  }
}
