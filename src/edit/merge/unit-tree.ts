/**
 * What a unit of a ledger is, for merging. `gap` is text between keyed units (prose, blank lines),
 * merged line by line; the other kinds are keyed structure.
 */
export type UnitKind =
  | 'gap'
  | 'header'
  | 'last-updated'
  | 'index-row'
  | 'item'
  | 'field'
  | 'attempt'
  | 'task'
  | 'phase'
  | 'plan-row'
  | 'finding'
  | 'journal-entry'

/** A keyed range of lines, as a segmenter finds it: 0-based lines [from, to). */
export interface UnitRange {
  kind: UnitKind
  key: string
  from: number
  to: number
  /** Entries that may be appended on both sides: kept all, ordered by this (a date or timestamp). */
  date?: string
  /** Attempts: the number written in the entry (`Attempt #8`), renumbered when both sides take it. */
  number?: number
}

export interface Unit extends UnitRange {
  /** Nested units covering [from, to) with gaps filled in; absent for a unit merged as a whole. */
  children?: Unit[]
}

/**
 * Nests ranges by containment and fills the lines between them with `gap` units, so a version's
 * units cover every line exactly once. A range that crosses another's edge is dropped (its lines
 * fall into a gap, merged line by line, never lost). Keys repeated among siblings get `#2`, `#3`.
 */
export function buildUnitTree(lines: readonly string[], ranges: readonly UnitRange[], gaps: GapKeys = 'before-next'): Unit[] {
  const lineCount = lines.length
  const sorted = ranges.filter((range) => range.from < range.to && range.to <= lineCount).sort((a, b) => a.from - b.from || b.to - a.to)
  const root: Unit = {kind: 'gap', key: '', from: 0, to: lineCount, children: []}
  const stack: Unit[] = [root]
  for (const range of sorted) {
    while (stack.length > 1 && stack[stack.length - 1].to <= range.from) stack.pop()
    const parent = stack[stack.length - 1]
    if (range.to > parent.to) continue
    const unit: Unit = {...range}
    ;(parent.children ??= []).push(unit)
    stack.push(unit)
  }
  fillGaps(root, gaps, lines)
  return root.children!
}

/**
 * Which unit a gap is known by. Blank lines and prose usually introduce what follows them, so an
 * entry appended with its blank line keeps it (`before-next`); in a newest-first journal, new
 * entries go on top, under the title, and a gap belongs to the entry above it (`after-previous`).
 */
export type GapKeys = 'before-next' | 'after-previous'

function fillGaps(unit: Unit, gaps: GapKeys, lines: readonly string[]): void {
  if (unit.children === undefined) return
  const filled: Unit[] = []
  let at = unit.from
  const seen = new Map<string, number>()
  const push = (child: Unit) => {
    const count = (seen.get(child.key) ?? 0) + 1
    seen.set(child.key, count)
    filled.push(count === 1 ? child : {...child, key: `${child.key}#${count}`})
  }
  const gapKey = (from: number, to: number, next: Unit | undefined) => {
    if (filled.length === 0 || headingKey(lines, from, to)) return leadingGapKey(lines, from)
    return gaps === 'before-next' ? `gap before ${next?.key ?? 'end'}` : `gap after ${filled.at(-1)!.key}`
  }
  const pushGaps = (from: number, to: number, next: Unit | undefined) => {
    for (const [start, end] of splitAtHeadings(lines, from, to)) push({kind: 'gap', key: gapKey(start, end, next), from: start, to: end})
  }
  for (const child of unit.children) {
    if (child.from > at) pushGaps(at, child.from, child)
    fillGaps(child, gaps, lines)
    push(child)
    at = child.to
  }
  if (unit.to > at) pushGaps(at, unit.to, undefined)
  unit.children = filled
}

/**
 * Lines [from, to) cut before each heading that has text above it (with the blank lines before the
 * heading), so every heading anchors its own gap: prose one side writes above a heading leaves the
 * heading's key, and what the other side changed under it, where it was.
 */
function splitAtHeadings(lines: readonly string[], from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let start = from
  let textSinceStart = false
  for (let at = from; at < to; at++) {
    if (textSinceStart && /^#{1,6}\s/.test(lines[at].trim())) {
      let cut = at
      while (cut > start + 1 && lines[cut - 1].trim() === '') cut--
      parts.push([start, cut])
      start = cut
      textSinceStart = false
    }
    if (lines[at].trim() !== '') textSinceStart = true
  }
  parts.push([start, to])
  return parts
}

/** A heading (after any blank lines) anchors the text under it, whatever units come and go around it. */
function headingKey(lines: readonly string[], from: number, to = lines.length): string | undefined {
  let at = from
  while (at < to && lines[at].trim() === '') at++
  if (at >= to) return undefined
  const heading = /^#{1,6}\s+(.*?)\s*$/.exec(lines[at]?.trim() ?? '')
  return heading ? `gap ${heading[1]}` : undefined
}

function leadingGapKey(lines: readonly string[], from: number): string {
  return headingKey(lines, from) ?? 'gap at start'
}

/**
 * The children of a unit that has none in this version (a field before its first attempt): one
 * gap, keyed as the leading gap of a version that has children, so the two versions line up.
 */
export function childrenOrWhole(unit: Unit, lines: readonly string[]): Unit[] {
  return unit.children ?? [{kind: 'gap', key: leadingGapKey(lines, unit.from), from: unit.from, to: unit.to}]
}
