/** How an item's text starts: its ID, and where the title after it begins. */
export interface LeadingId {
  id: string
  /** Offset (in the given text) where the title starts, after the ID, bold and separator. */
  titleStart: number
  /** The ID is a group word and a number (`Phase 2`, `Priority 1`): a section heading, not an item. */
  group: boolean
}

// `Шаг 1.2`, `FIX 2`, `Step 3`: one word, a space, a number.
const WORD_AND_NUMBER = /^(\p{L}+) (\p{N}+(?:\.\p{N}+)*)/u
// `W1`, `QW-1`, `P0-1`, `1.1`, `T-300`, `CR-28/29`, `5.3-5.9`, `问题3`, `BUG-DV-015`: letters, then a number, then more parts.
const TOKEN = /^((?:\p{L}+[-_]?)*)\p{N}[\p{L}\p{N}]*(?:[./-][\p{L}\p{N}]+)*/u
const DATE = /^\d{4}-\d{2}-\d{2}/
const AFTER_ID = /^(\*\*|__)?(\s*)([:—–-]|\.(?=\s|$))?(\*\*|__)?\s*/

/** Headings that group items rather than being one: `## Phase 1`, `### Priority 2: Core`, `## Этап 3`. */
const GROUP_WORDS = new Set([
  ...['phase', 'stage', 'priority', 'milestone', 'sprint', 'part', 'wave', 'tier', 'week', 'day', 'round', 'iteration', 'epic', 'release', 'section', 'chapter'],
  ...['фаза', 'этап', 'приоритет', 'часть', 'неделя', 'спринт', 'раздел', 'день'],
  ...['المرحلة', 'مرحلة', '阶段', '优先级'],
])

/**
 * The ID at the start of a heading or checklist text (bold allowed around it), or undefined when
 * the text does not start with an ID-like token followed by `:` `—` `–` `-` `.` or bold. Headings
 * (`spaceSeparates`) also take a plain space after an ID that cannot be a count: `1.1 Title`,
 * `W1 Title`, but not `4 Methods Applied` or `3D rendering`. `pattern` (the `idPattern` config key)
 * replaces the built-in token.
 */
export function parseLeadingId(text: string, spaceSeparates: boolean, pattern?: RegExp): LeadingId | undefined {
  const boldOpen = /^(\*\*|__)/.exec(text)?.[0].length ?? 0
  const rest = text.slice(boldOpen)
  const found = matchId(rest, pattern)
  if (!found || DATE.test(found.id)) return undefined
  const after = AFTER_ID.exec(rest.slice(found.id.length))!
  const [whole, boldClose, space, separator] = after
  const end = boldOpen + found.id.length + whole.length
  const bold = boldOpen > 0 && boldClose !== undefined
  const endsText = end >= text.length
  const countLike = pattern === undefined && !found.id.includes('.') && !/^\p{L}\S*\p{N}/u.test(found.id)
  const spaced = spaceSeparates && space.length > 0 && !countLike
  if (separator === undefined && !bold && !endsText && !spaced) return undefined
  return {id: found.id, titleStart: end, group: found.word !== undefined && GROUP_WORDS.has(found.word.toLowerCase())}
}

function matchId(text: string, pattern?: RegExp): {id: string; word?: string} | undefined {
  if (pattern) {
    const match = pattern.exec(text)
    return match && match.index === 0 && match[0] !== '' ? {id: match[0]} : undefined
  }
  const worded = WORD_AND_NUMBER.exec(text)
  if (worded) return {id: worded[0], word: worded[1]}
  const token = TOKEN.exec(text)
  if (!token) return undefined
  const letters = token[1].replace(/[-_]$/, '')
  return {id: token[0], word: letters === '' ? undefined : letters}
}

/** `idPattern` from the config as an anchored regular expression. */
export function idPatternOf(source: string | undefined): RegExp | undefined {
  return source === undefined ? undefined : new RegExp(`^(?:${source})`, 'u')
}

/** A title as people read it: bold marks dropped, spaces trimmed. */
export function plainTitle(text: string): string {
  return text.replace(/\*\*|__/g, '').trim()
}
