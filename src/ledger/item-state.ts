import type {ItemState} from './model.js'
import {BUILT_IN_VOCABULARY, type StateVocabulary} from './plan/state-marker.js'

/** First run of letters, digits, `_` or `-` (markup such as `**`, backticks or emoji skipped), lowercased. */
export function leadingStatusWord(value: string): string | undefined {
  return /[\p{L}\p{N}][\p{L}\p{N}_-]*/u.exec(value)?.[0].toLowerCase()
}

// Two-word phrases are checked before single words: `not started` is open although `not` is nothing.
const PHRASES: ReadonlyArray<[RegExp, ItemState]> = [
  [/^(?:in[ _-]progress|under way)\b/, 'in_progress'],
  [/^(?:not[ _-](?:yet[ _-])?started|to[ _-]?do)\b/, 'open'],
  [/^on[ _-]hold\b/, 'blocked'],
  [/^won[’']?t[ _-]fix\b/, 'skipped'],
]

const WORDS = new Map<string, ItemState>([
  ...['done', 'complete', 'completed', 'fixed', 'resolved', 'closed', 'finished'].map((word): [string, ItemState] => [word, 'done']),
  ...['wip', 'active', 'started', 'ongoing'].map((word): [string, ItemState] => [word, 'in_progress']),
  ...['partial', 'partially', 'mostly'].map((word): [string, ItemState] => [word, 'partial']),
  ...['blocked', 'halted'].map((word): [string, ItemState] => [word, 'blocked']),
  ...['open', 'todo', 'pending', 'planned', 'new'].map((word): [string, ItemState] => [word, 'open']),
  // Deliberately not done, and not waiting either: settled without being finished.
  ...['skipped', 'skip', 'wontfix', 'cancelled', 'canceled', 'dropped', 'abandoned', 'obsolete', 'superseded'].map((word): [string, ItemState] => [word, 'skipped']),
])

// Emoji loops put in headings and cells; `❌` is left out on purpose: it means "failed" as often as "not done".
export const STATUS_EMOJI: ReadonlyArray<[string, ItemState]> = [
  ['✅', 'done'],
  ['✔', 'done'],
  ['☑', 'done'],
  ['🔄', 'in_progress'],
  ['🚧', 'in_progress'],
  // An empty box or an hourglass: waiting to be done.
  ['⬜', 'open'],
  ['☐', 'open'],
  ['🔲', 'open'],
  ['⏳', 'open'],
  ['⛔', 'blocked'],
  ['🛑', 'blocked'],
]

/** A leading bracketed marker: `[x] Complete`, `[ ]`. */
const LEADING_MARKER = /^`?\[([^[\]\n]{0,4})\]`?/

/**
 * The state a status text reads as, by its leading marker or word: `Fixed`, `✅ COMPLETE`,
 * `[x] Complete`, `**In progress** since …`, `partially done`. Empty text is open (an empty status
 * cell); anything else not recognised is `unknown`, never guessed. `vocabulary` adds the
 * project's configured markers (`states` in .planledger.json).
 */
export function classifyState(raw: string, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): ItemState {
  const text = raw.trim()
  if (text === '') return 'open'
  const marker = LEADING_MARKER.exec(text)
  if (marker) {
    const state = vocabulary.stateOf(marker[1])
    if (state !== 'unknown') return state
  }
  // Before the emoji: `✅ MOSTLY COMPLETE` claims less than its check mark.
  if (isQualifiedDone(text)) return 'partial'
  for (const [emoji, state] of STATUS_EMOJI) if (text.startsWith(emoji)) return state
  const configured = vocabulary.stateOf(text)
  if (configured !== 'unknown') return configured
  // `stale / already fixed`: the first alternative that names a state decides.
  for (const part of text.split(/\s+\/\s+/)) {
    const state = stateOfWords(part)
    if (state !== 'unknown') return state
  }
  return 'unknown'
}

const DONE_WORDS = 'complete|completed|done|finished|fixed|resolved|closed'
// A word that takes back part of the done word after it: `mostly`, `nearly`, `almost`, any other `-ly`
// adverb but the few that only stress it (`fully complete`, `finally done`).
const QUALIFIED_DONE = new RegExp(`^(almost|half|\\p{L}+ly)[\\s_-]+(?:${DONE_WORDS})\\b`, 'iu')
const STRESSING = new Set(['fully', 'completely', 'entirely', 'totally', 'finally', 'successfully'])

/** `✅ MOSTLY COMPLETE`, `nearly done`, `**Partially Completed**`: a done word after a qualifier that weakens it. */
function isQualifiedDone(text: string): boolean {
  const plain = text.replace(/^[^\p{L}\p{N}]+/u, '')
  const qualifier = QUALIFIED_DONE.exec(plain)?.[1]
  return qualifier !== undefined && !STRESSING.has(qualifier.toLowerCase())
}

// Words that only qualify the state word after them: `already fixed`, `now done`.
const QUALIFIERS = /^(?:already|now|fully|all|completely|entirely|totally|finally|successfully)\s+/

function stateOfWords(text: string): ItemState {
  const plain = text
    .replace(/^[\s*_`~([]+/u, '')
    .toLowerCase()
    .replace(QUALIFIERS, '')
  for (const [pattern, state] of PHRASES) if (pattern.test(plain)) return state
  const word = leadingStatusWord(plain)
  return (word !== undefined && WORDS.get(word)) || 'unknown'
}

/** The state of a checkbox marker: the vocabulary's meaning, else what the marker reads as (`[~]`, `[WIP]`). */
export function boxState(marker: string, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): ItemState {
  const state = vocabulary.stateOf(marker)
  return state !== 'unknown' ? state : marker.trim() === '' ? 'open' : classifyState(marker, vocabulary)
}
