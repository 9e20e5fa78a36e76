import type {RowState, StateMarker} from '../model.js'

/** The vocabulary named in warnings; `[X]`, `[✅]`, `[B]`, `[-]` and `[SKIP]` are accepted too but rarer. */
export const EXPECTED_STATE_MARKERS = '`[ ]` `[P]` `[x]` `[D]` `[S]`'

// `[-]` reads as skipped (struck out, as in a cancelled list item); a team that means "in progress"
// by it says so in `states` (`{"partial": ["-"]}`), and the configured meaning wins.
const STATE_BY_MARKER = new Map<string, RowState>([
  [' ', 'open'],
  ['P', 'partial'],
  ['p', 'partial'],
  ['x', 'done'],
  ['X', 'done'],
  ['D', 'done'],
  ['d', 'done'],
  ['✅', 'done'],
  ['✓', 'done'],
  ['✔', 'done'],
  ['✔️', 'done'],
  ['B', 'blocked'],
  ['b', 'blocked'],
  ['S', 'skipped'],
  ['s', 'skipped'],
  ['-', 'skipped'],
  ['SKIP', 'skipped'],
  ['Skip', 'skipped'],
  ['skip', 'skipped'],
])

/** A bracketed marker of up to 4 characters, optionally in backticks, that is not a link's text. */
const CELL_MARKER = /(`?)\[([^[\]\n]{0,4})\]\1(?!\()/

export function stateOfMarker(marker: string): RowState {
  return STATE_BY_MARKER.get(marker) ?? 'unknown'
}

/** What each marker means in one project: the built-in markers, plus any its config adds. */
export interface StateVocabulary {
  stateOf(marker: string): RowState
  /** The markers messages name as expected. */
  expected: string
}

export const BUILT_IN_VOCABULARY: StateVocabulary = {stateOf: stateOfMarker, expected: EXPECTED_STATE_MARKERS}

/** The states `states` in .planledger.json may add markers to. */
export const CONFIGURABLE_STATES: readonly RowState[] = ['open', 'partial', 'done', 'blocked', 'skipped']

/**
 * The vocabulary of a config's `states` (`{"done": ["✓"], "partial": "~"}`, validated when the config
 * was read): built-in markers keep their meaning, added ones come after them in `expected`.
 */
export function stateVocabularyOf(states: Readonly<Record<string, unknown>>): StateVocabulary {
  const added = new Map<string, RowState>()
  for (const state of CONFIGURABLE_STATES) {
    for (const marker of markersOf(states[state])) if (mayConfigure(marker, state) && !added.has(marker)) added.set(marker, state)
  }
  if (added.size === 0) return BUILT_IN_VOCABULARY
  return {
    stateOf: (marker) => added.get(marker) ?? STATE_BY_MARKER.get(marker) ?? 'unknown',
    expected: [EXPECTED_STATE_MARKERS, ...[...added.keys()].map((marker) => `\`[${marker}]\``)].join(' '),
  }
}

/**
 * Unknown markers may be given a meaning; of the built-in ones only the skip markers may be given
 * another (they came late: `[-]` meant "in progress" to some projects before it meant skipped).
 */
function mayConfigure(marker: string, state: RowState): boolean {
  const builtIn = stateOfMarker(marker)
  return builtIn === 'unknown' || (builtIn === 'skipped' && state !== 'skipped')
}

/** A configured state's markers: one string or a list. */
function markersOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((marker): marker is string => typeof marker === 'string') : []
}

/** The first state marker in a table cell whose trimmed text starts at document offset `textStart`. */
export function findCellStateMarker(text: string, textStart: number, vocabulary = BUILT_IN_VOCABULARY): StateMarker | undefined {
  const match = CELL_MARKER.exec(text)
  if (!match) return undefined
  const [, backtick, marker] = match
  const start = textStart + match.index + backtick.length
  return {marker, state: vocabulary.stateOf(marker), backticked: backtick === '`', span: {start, end: start + marker.length + 2}}
}

/** A marker from a checklist checkbox found by the scanner (`start` at `[`, `end` past `]`). */
export function checkboxStateMarker(marker: string, start: number, end: number, vocabulary = BUILT_IN_VOCABULARY): StateMarker {
  return {marker, state: vocabulary.stateOf(marker), backticked: false, span: {start, end}}
}

/** `where` reads like `State cell of D1.B` or `checkbox of A1`. */
export function unexpectedMarkerMessage(marker: string, where: string, line: number, vocabulary = BUILT_IN_VOCABULARY): string {
  return `Unexpected \`[${marker}]\` in ${where} (line ${line}), expected one of ${vocabulary.expected}`
}

export function missingMarkerMessage(where: string, line: number, vocabulary = BUILT_IN_VOCABULARY): string {
  return `No state marker in ${where} (line ${line}), expected one of ${vocabulary.expected}`
}
