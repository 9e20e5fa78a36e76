import type {LedgerLines} from './fix-plan-lines.js'

/** Where one `## [ID] Title` item sits; lines are 0-based and inclusive. */
export interface ItemHeading {
  id: string
  title: string
  /** Index into `scan.headings`. */
  headingIndex: number
  line: number
  level: number
  /** Last line before the next heading of the same or higher level, or the next item heading. */
  endLine: number
  /** Last line before the item's first sub-heading: where its fields live. */
  bodyEnd: number
}

// An ID is one token-ish run in brackets; single characters are checkbox markers (`[x]`), not IDs.
const ITEM_HEADING = /^\[([^\]\s][^\]]*)\](?!\()\s*(.*)$/s
const LEADING_SEPARATOR = /^(?:—|–|-|:)\s*/

/** `[TEST-PYTORCH-001] Author PyTorch ...` → ID and title; undefined for any other heading text. */
export function parseItemHeading(text: string): {id: string; title: string} | undefined {
  const match = ITEM_HEADING.exec(text)
  if (!match) return undefined
  const id = match[1].trim()
  // `### [2026-01-22] Attempt #3 — ...` is a dated history entry, not an item.
  if (id.length < 2 || /^\d{4}-\d{2}-\d{2}/.test(id)) return undefined
  return {id, title: match[2].replace(LEADING_SEPARATOR, '').trim()}
}

export function findItemHeadings(lines: LedgerLines): ItemHeading[] {
  const headings = lines.scan.headings
  const items: ItemHeading[] = []
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]
    if (heading.level < 2) continue
    const parsed = parseItemHeading(heading.text)
    if (!parsed) continue
    let endLine = lines.count - 1
    let bodyEnd = -1
    for (let next = index + 1; next < headings.length; next++) {
      const other = headings[next]
      if (bodyEnd < 0) bodyEnd = other.line - 1
      if (other.level <= heading.level || (other.level >= 2 && parseItemHeading(other.text))) {
        endLine = other.line - 1
        break
      }
    }
    if (bodyEnd < 0 || bodyEnd > endLine) bodyEnd = endLine
    // Spelled out: an object spread here was the slowest step on files with thousands of items.
    items.push({id: parsed.id, title: parsed.title, headingIndex: index, line: heading.line, level: heading.level, endLine, bodyEnd})
  }
  return items
}
