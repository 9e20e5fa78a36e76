/** A text as lines that keep their own endings, so joining them gives the text back byte for byte. */
export function splitKeepingEols(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    if (newline === -1) {
      if (start < text.length) lines.push(text.slice(start))
      return lines
    }
    lines.push(text.slice(start, newline + 1))
    start = newline + 1
  }
}

/** The line without its ending (`\n` or `\r\n`). */
export function withoutEol(line: string): string {
  return line.replace(/\r?\n$/, '')
}

/** The line's own ending, '' for a last line without one. */
export function eolOf(line: string): string {
  return /\r?\n$/.exec(line)?.[0] ?? ''
}

/**
 * Joins pieces of merged text; a piece that ended a file without a line ending gets one when more
 * text follows it, so two sides' last lines never run together.
 */
export function joinPieces(pieces: readonly string[], eol: string): string {
  let text = ''
  for (const piece of pieces) {
    if (piece === '') continue
    if (text !== '' && !text.endsWith('\n')) text += eol
    text += piece
  }
  return text
}
