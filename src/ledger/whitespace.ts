// What `trim` removes, as a regex class: the same WhiteSpace and LineTerminator characters.
const WHITESPACE = /\s/

/**
 * Index of the first character at or after `from` that `trim` would keep, or -1 when only
 * whitespace follows. No trimmed copy is made: the scanner asks this of nearly every line.
 */
export function firstNonWhitespace(text: string, from = 0): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 32 || (code >= 9 && code <= 13)) continue
    if (code < 128 || !WHITESPACE.test(text[at])) return at
  }
  return -1
}

/**
 * Columns taken by `text` up to `end` (indentation, markers, spaces): a tab advances to the next
 * multiple of 4. Counts code units; the prefixes measured hold only BMP characters.
 */
export function columnsOf(text: string, end = text.length): number {
  let column = 0
  for (let at = 0; at < end; at++) column = text.charCodeAt(at) === 9 ? column + 4 - (column % 4) : column + 1
  return column
}

/** Index just past the leading spaces and tabs of `text`. */
export function leadingBlankEnd(text: string): number {
  let at = 0
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++
  return at
}
