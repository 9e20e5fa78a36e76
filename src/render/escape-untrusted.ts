/**
 * Makes characters that a terminal would act on or hide visible, so untrusted ledger text cannot
 * recolor the screen, move the cursor, reorder text (bidi) or smuggle invisible characters.
 */

// Order matters: CRLF is tried first so only a lone CR reaches the \x0B-\x1F range.
const UNSAFE =
  /\r\n|[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g

/** `\x1B` for code points below 0x100, `\u202E` above; TAB, LF and all other text pass through. */
export function escapeUntrusted(text: string): string {
  // A CR right before LF is a line ending, not content: drop it so CRLF text displays cleanly.
  return text.replace(UNSAFE, (match) => (match === '\r\n' ? '\n' : escapeCodeUnit(match.charCodeAt(0))))
}

/** Escaped, with each line break and the blanks around it collapsed to one space: for one-line output. */
export function oneLine(text: string): string {
  return escapeUntrusted(text).replace(/\s*\n\s*/g, ' ')
}

function escapeCodeUnit(code: number): string {
  const hex = code.toString(16).toUpperCase()
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`
}
