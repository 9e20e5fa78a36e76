import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {isEmptyListPlaceholder} from '../ledger/empty-list-placeholder.js'
import {listBlocks} from '../ledger/list-blocks.js'
import {scanDocument} from '../ledger/scan.js'
import {lastContentLine} from './last-content-line.js'
import type {PlacedItem} from './new-item-types.js'

/** A list item that only says its list is empty (`1. (empty)`, `- [ ] None`) and has no neighbour in that list: a new item takes its place. */
export function isLonePlaceholder(ledger: FixPlanLedger, anchor: FixPlanItem): boolean {
  if (anchor.kind !== 'checklist' && anchor.kind !== 'queue-entry') return false
  if (!isEmptyListPlaceholder(anchor.title)) return false
  const list = listBlocks(ledger.doc, scanDocument(ledger.doc)).find((block) => block.items.some(({item}) => item.line === anchor.line - 1))
  return list !== undefined && list.items.length === 1
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
