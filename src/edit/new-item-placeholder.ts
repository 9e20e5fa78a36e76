import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {isEmptyListPlaceholder} from '../ledger/empty-list-placeholder.js'
import {lastContentLine} from './last-content-line.js'
import type {PlacedItem} from './new-item-types.js'

/** A list item that only says its list is empty (`1. (empty)`, `- [ ] None`) and has no neighbour in that list: a new item takes its place. */
export function isLonePlaceholder(ledger: FixPlanLedger, anchor: FixPlanItem): boolean {
  if (anchor.kind !== 'checklist' && anchor.kind !== 'queue-entry') return false
  if (!isEmptyListPlaceholder(anchor.title)) return false
  const [previous, next] = [ledger.items[ledger.items.indexOf(anchor) - 1], ledger.items[ledger.items.indexOf(anchor) + 1]]
  const sameList = (other: FixPlanItem | undefined) => other !== undefined && other.kind === anchor.kind && other.level === anchor.level && sectionOf(ledger, other) === sectionOf(ledger, anchor)
  return !sameList(previous) && !sameList(next)
}

/** The new item written in the placeholder's place: the insertion before it and the placeholder's own lines become one edit. */
export function replacingPlaceholder<Plan extends PlacedItem & {warnings: string[]}>(ledger: FixPlanLedger, placeholder: FixPlanItem, placed: Plan): Plan {
  const {doc} = ledger
  const last = lastContentLine(doc, placeholder.line, placeholder.endLine)
  const start = doc.lines[placeholder.line - 1].start
  const end = last < doc.lines.length ? doc.lines[last].start : doc.text.length
  // The insertion sits at the placeholder's start: its text plus the placeholder's removal make one edit.
  const insertion = placed.edits.find((edit) => edit.start === start && edit.end === start)
  if (!insertion) return placed
  const rest = placed.edits.filter((edit) => edit !== insertion)
  const text = insertion.text.replace(new RegExp(`(?:${doc.eol})+$`), doc.eol)
  return {...placed, edits: [...rest, {start, end, text}], warnings: [...placed.warnings, `replaced the placeholder \`${placeholder.title}\` (line ${placeholder.line})`]}
}

/** The nearest heading line above an item, as a section key. */
function sectionOf(ledger: FixPlanLedger, item: FixPlanItem): number {
  for (let line = item.line - 1; line >= 1; line--) if (/^#{1,6}\s/.test(ledger.doc.lines[line - 1].text)) return line
  return 0
}
