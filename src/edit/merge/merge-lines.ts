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
