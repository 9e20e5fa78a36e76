import type {AttemptEntry} from '../model.js'

// Styles whose prefix carries no number may still open with one: `- *2026-01-13:* Attempt #3 — ...`.
const LEADING_NUMBER = /^(?:\*\*|__)?attempt\s*#\s*(\d+)/i
const ATTEMPT_NUMBER = /attempt\s*#\s*(\d+)/gi
const HASH_NUMBER = /#\s*(\d+)/g

/** The entry's attempt number: the one its prefix carries, else an `Attempt #N` its text opens with. */
export function attemptNumberOf(entry: AttemptEntry): number | undefined {
  if (entry.number !== undefined) return entry.number
  const leading = LEADING_NUMBER.exec(entry.text)
  return leading ? Number(leading[1]) : undefined
}

/**
 * Where `number` stands in an entry's first line: `Attempt #N`, else the first `#N` with that number
 * (`at`: where that mention starts; `start`/`end`: its digits). Fixed patterns, not one built per
 * number: compiling a RegExp per entry made whole-history passes superlinear.
 */
export function attemptNumberDigits(line: string, number: number): {at: number; start: number; end: number} | undefined {
  for (const pattern of [ATTEMPT_NUMBER, HASH_NUMBER]) {
    for (const match of line.matchAll(pattern)) {
      if (Number(match[1]) !== number) continue
      const end = match.index + match[0].length
      return {at: match.index, start: end - match[1].length, end}
    }
  }
  return undefined
}
