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
