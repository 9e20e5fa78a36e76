/**
 * Makes characters that a terminal would act on or hide visible, so untrusted ledger text cannot
 * recolor the screen, move the cursor, open a hyperlink (OSC 8), reorder text (bidi) or smuggle
 * invisible characters. Everything planledger prints passes through here (see commands/output.ts).
 */

// Escaped: every control (Cc) but TAB and LF, every format character (Cf: bidi controls, zero-width
// characters, the soft hyphen, U+180E, U+FFF9-FFFB, the tags U+E0001 and U+E0020-E007F), the line
// and paragraph separators (Zl, Zp), and characters of other categories that display as nothing:
// the combining grapheme joiner U+034F, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the
// unassigned rest of the tag block.
// Order matters: CRLF is tried first so only a lone CR reaches the \x0B-\x1F range.
const UNSAFE_CLASS = String.raw`[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]`
const UNSAFE = new RegExp(String.raw`\r\n|${UNSAFE_CLASS}`, 'gu')
const UNSAFE_CHARACTER = new RegExp(UNSAFE_CLASS, 'gu')
// The same, except SGR sequences (`ESC [ 1 m`: color, bold, dim), which are kept: for output we colored.
const UNSAFE_KEEPING_COLOR = new RegExp(String.raw`\x1B\[[0-9;]*m|\r\n|${UNSAFE_CLASS}`, 'gu')
const SGR = /^\x1B\[[0-9;]*m$/

/** `\x1B` for code points below 0x100, `\u202E` up to 0xFFFF, `\u{E0041}` above; TAB, LF and all other text pass through. */
export function escapeUntrusted(text: string): string {
  // A CR right before LF is a line ending, not content: drop it so CRLF text displays cleanly.
  return text.replace(UNSAFE, escapeMatch)
}

/**
 * Escaped like escapeUntrusted, but color sequences stay: for text planledger colored itself, whose
 * untrusted parts its renderer already escaped. Cursor movement, OSC and the rest are still escaped.
 */
export function escapeKeepingColor(text: string): string {
  return text.replace(UNSAFE_KEEPING_COLOR, (match) => (SGR.test(match) ? match : escapeMatch(match)))
}

/** Escaped, with line breaks escaped too (`\x0A`): for output that must stay one line. */
export function oneLine(text: string): string {
  return escapeUntrusted(text).replaceAll('\n', '\\x0A')
}

/**
 * JSON text with every character escapeUntrusted would escape written as a `\u` escape (JSON.stringify
 * leaves DEL, C1 controls, bidi and U+2028/2029 raw). Such characters can only stand inside JSON
 * strings, so the text parses to exactly the same value.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_CHARACTER, jsonEscape)
}

function escapeMatch(match: string): string {
  if (match === '\r\n') return '\n'
  const code = match.codePointAt(0)!
  const hex = code.toString(16).toUpperCase()
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`
}

// One \uXXXX per UTF-16 code unit, as JSON spells a character outside the BMP (a surrogate pair).
function jsonEscape(char: string): string {
  let out = ''
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`
  return out
}
