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
]

const WORDS = new Map<string, ItemState>([
  ...['done', 'complete', 'completed', 'fixed', 'resolved', 'closed', 'finished'].map((word): [string, ItemState] => [word, 'done']),
  ...['wip', 'active', 'started', 'ongoing'].map((word): [string, ItemState] => [word, 'in_progress']),
  ...['partial', 'partially', 'mostly'].map((word): [string, ItemState] => [word, 'partial']),
  ...['blocked', 'halted'].map((word): [string, ItemState] => [word, 'blocked']),
  ...['open', 'todo', 'pending', 'planned', 'new'].map((word): [string, ItemState] => [word, 'open']),
])

// Emoji loops put in headings and cells; `❌` is left out on purpose: it means "failed" as often as "not done".
const EMOJI: ReadonlyArray<[string, ItemState]> = [
  ['✅', 'done'],
  ['✔', 'done'],
  ['☑', 'done'],
  ['🔄', 'in_progress'],
  ['🚧', 'in_progress'],
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
  for (const [emoji, state] of EMOJI) if (text.startsWith(emoji)) return state
  const configured = vocabulary.stateOf(text)
  if (configured !== 'unknown') return configured
  // `stale / already fixed`: the first alternative that names a state decides.
  for (const part of text.split(/\s+\/\s+/)) {
    const state = stateOfWords(part)
    if (state !== 'unknown') return state
  }
  return 'unknown'
}

// Words that only qualify the state word after them: `already fixed`, `now done`.
const QUALIFIERS = /^(?:already|now|fully|all)\s+/

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
