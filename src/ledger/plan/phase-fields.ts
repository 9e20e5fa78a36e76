import type {LedgerDocument} from '../document.js'
import type {LineKind} from '../scan.js'

export interface PhaseFields {
  goal?: string
  prereqs?: string
  exitCriteria?: string
}

// `Goal: x`, `**Goal:** x`, `**Goal**: x`, `**Goal: x**`; `Phase Goal` is how single-phase checklists say it.
const FIELD_LINE = /^[ \t]*(\*\*|__)?(Phase Goal|Goal|Prereqs|Prerequisites|Pre-requisites|Exit Criteria)[ \t]*(:[ \t]*\1|\1[ \t]*:|:)[ \t]*(.*)$/is

const FIELD_BY_KEY: Record<string, keyof PhaseFields> = {
  'phase goal': 'goal',
  goal: 'goal',
  prereqs: 'prereqs',
  prerequisites: 'prereqs',
  'pre-requisites': 'prereqs',
  'exit criteria': 'exitCriteria',
}

/** Kinds of line that end a multi-line field value. */
const ENDS_VALUE: ReadonlySet<LineKind> = new Set(['heading', 'table', 'fence', 'code', 'html'])

/**
 * Reads the `Goal:` / `Prereqs:` / `Exit Criteria:` lines of a phase section (lines `from` to `to`,
 * exclusive, 0-based). The first occurrence of each field wins.
 */
export function readPhaseFields(doc: LedgerDocument, kinds: LineKind[], from: number, to: number): PhaseFields {
  const fields: PhaseFields = {}
  for (let index = from; index < to; index++) {
    if (kinds[index] !== 'text') continue
    const match = FIELD_LINE.exec(doc.lines[index].text)
    if (!match) continue
    const field = FIELD_BY_KEY[match[2].toLowerCase()]
    if (fields[field] !== undefined) continue
    const sameLine = withoutClosingBold(match[4], match[1], match[3]).trim()
    fields[field] = sameLine !== '' ? sameLine : followingValue(doc, kinds, index + 1, to)
  }
  return fields
}

/** In `**Goal: text**` the bold closes after the value; drop that closing `**`. */
function withoutClosingBold(value: string, bold: string | undefined, separator: string): string {
  const trimmed = value.trimEnd()
  return bold && separator === ':' && trimmed.endsWith(bold) ? trimmed.slice(0, -bold.length) : value
}

/** The list or lines under an empty field line, until a blank line that is not followed by more list. */
function followingValue(doc: LedgerDocument, kinds: LineKind[], from: number, to: number): string {
  const taken: string[] = []
  let index = from
  while (index < to) {
    const kind = kinds[index]
    if (kind === 'blank') {
      let next = index
      while (next < to && kinds[next] === 'blank') next++
      if (next >= to || kinds[next] !== 'list') break
      for (; index < next; index++) taken.push('')
      continue
    }
    if (ENDS_VALUE.has(kind) || (kind === 'text' && FIELD_LINE.test(doc.lines[index].text))) break
    taken.push(doc.lines[index].text)
    index++
  }
  return taken.join('\n').trim()
}
