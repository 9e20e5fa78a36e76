import {classifyState, STATUS_EMOJI} from '../item-state.js'
import type {ItemState} from '../model.js'
import type {StateVocabulary} from '../plan/state-marker.js'

/** A status written into a heading: `✅`, `✅ COMPLETE`, `✅ **FIXED**`, `[done]`, `(RESOLVED)`, `DONE`. */
export interface HeadingMarker {
  status: string
  state: ItemState
  /** Offsets within the heading text. */
  start: number
  end: number
}

// At the end only: `Migrate ✅ markers to text` is a title that mentions the emoji.
const EMOJI = /(?:✅|✔️?|☑️?|🔄|🚧)(?:\s*(?:\*\*[^*\n]{1,30}\*\*|\p{Lu}[\p{Lu}_]*(?: \p{Lu}[\p{Lu}_]*)?|\([^)\n]{1,30}\)))?\s*$/u
const TRAILING_BRACKETED = /[[(]\s*\p{L}[\p{L} _-]{0,30}?\s*[\])]\s*$/u
// Capitals only: `Fix done` is a title, `Fix DONE` a marker.
const TRAILING_CAPITALS = /(?<=^|[\s—–-])(?:\*\*)?\p{Lu}[\p{Lu}_]+(?: \p{Lu}[\p{Lu}_]+)?(?:\*\*)?\s*$/u

// Before the ID: `### ✅ Task 1: …`, `## 🚧 FIX-2 …`; a status emoji alone (with or without its emoji-style selector), which names its state.
const LEADING_EMOJI = new RegExp(`^(${STATUS_EMOJI.map(([emoji]) => `${emoji}\uFE0F?`).join('|')})[ \\t]*`, 'u')

/** A status emoji the heading opens with (`✅ Task 1: …`), and where the rest starts; undefined when there is none. */
export function leadingHeadingMarker(text: string, vocabulary?: StateVocabulary): (HeadingMarker & {rest: number}) | undefined {
  const match = LEADING_EMOJI.exec(text)
  if (!match) return undefined
  const state = classifyState(match[1], vocabulary)
  if (state === 'unknown') return undefined
  return {status: match[1], state, start: 0, end: match[1].length, rest: match[0].length}
}

/** The heading's status marker after `from` (the title start), when its words name a state. */
export function findHeadingMarker(text: string, from: number, vocabulary?: StateVocabulary): HeadingMarker | undefined {
  const title = text.slice(from)
  for (const pattern of [EMOJI, TRAILING_BRACKETED, TRAILING_CAPITALS]) {
    const match = pattern.exec(title)
    if (!match) continue
    const status = match[0].trim()
    const state = classifyState(status.replace(/^[[(]|[\])]$/g, ''), vocabulary)
    // A capitalised last word names a state only when it is not `NEW`/`OPEN`-like title text.
    if (state === 'unknown' || (state === 'open' && pattern === TRAILING_CAPITALS)) continue
    const start = from + match.index + (match[0].length - match[0].trimStart().length)
    return {status, state, start, end: start + status.length}
  }
  return undefined
}
