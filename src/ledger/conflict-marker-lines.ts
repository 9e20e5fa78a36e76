import type {LedgerDocument} from './document.js'

/** Git's default conflict marker length; `merge.conflictStyle`'s `%L` may ask for another. */
export const DEFAULT_MARKER_SIZE = 7

const markerPatterns = new Map<number, RegExp>()

/** `<<<<<<< ours`, `|||||||`, `=======`, `>>>>>>> theirs`: exactly `size` characters, then a space or the end. */
function markerPattern(size: number): RegExp {
  let pattern = markerPatterns.get(size)
  if (pattern === undefined) {
    pattern = new RegExp(`^(<{${size}}|>{${size}}|\\|{${size}})(?: |$)|^={${size}}$`)
    markerPatterns.set(size, pattern)
  }
  return pattern
}

/** Conflict markers start with `<`, `>`, `=` or `|`: most lines skip the regex on this test. */
function mayOpenConflictMarker(text: string): boolean {
  const first = text.charCodeAt(0)
  return first === 60 || first === 62 || first === 61 || first === 124
}

/** The line is a conflict marker of `size` characters (wherever it stands). */
export function isConflictMarker(text: string, size = DEFAULT_MARKER_SIZE): boolean {
  return mayOpenConflictMarker(text) && markerPattern(size).test(text)
}

/**
 * Lines holding git conflict markers of `size` characters. They count everywhere, inside fences
 * and tables too. `=======` and `|||||||` count only after a `<<<<<<<`: alone, `=======`
 * underlines a setext heading.
 */
export function conflictMarkerLines(doc: LedgerDocument, size = DEFAULT_MARKER_SIZE): number[] {
  const found: number[] = []
  let insideConflict = false
  for (let at = 0; at < doc.lines.length; at++) {
    const text = doc.lines[at].text
    if (!isConflictMarker(text, size)) continue
    if (text[0] === '<') insideConflict = true
    else if (text[0] === '>') insideConflict = false
    else if (!insideConflict) continue
    found.push(at)
  }
  return found
}
