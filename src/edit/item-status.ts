import {UserError} from '../errors.js'
import {lineIndexAt, type LedgerDocument} from '../ledger/document.js'
import {boxState, classifyState} from '../ledger/item-state.js'
import {BUILT_IN_VOCABULARY, type StateVocabulary} from '../ledger/plan/state-marker.js'
import type {FixPlanItem, FixPlanLedger, ItemState, Span} from '../ledger/model.js'
import {scanDocument} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'
import {asTableCellText} from './evidence-style.js'
import {replaceCell} from './table-cell-text.js'
import {headingEndMarkers, headingLeadMarkers, headingTextStart} from './heading-markers.js'
import {fileWordingFor, requestedState} from './status-wording.js'
import type {TextEdit} from './text-edit.js'

/** Where a non-bracketed item's status was written, and what the text there becomes. */
export interface StatusWrite {
  /** `box`, `heading-marker`, `cell`, `field`, `index` (a summary table's cell), or `new-field`. */
  target: 'box' | 'heading-marker' | 'cell' | 'field' | 'index' | 'new-field'
  /** 1-based line of the text changed (for `new-field`: the item's line; set-fields places it). */
  line: number
  from: string | null
  to: string
  /** Absent when nothing changes, or for `new-field` (the caller adds the field). */
  edit?: TextEdit
}

/**
 * `set ITEM Status=VALUE` on an item of the §4 dialects, in the file's own style: the checkbox
 * marker, the heading's status marker, the status cell, or the `Status:` line. A state word
 * (`done`, `open`, `in_progress`, `partial`, `blocked`) is written in the file's own wording for that
 * state; other text is written as given where text goes (cells, `Status:` lines).
 */
export function planItemStatus(ledger: FixPlanLedger, item: FixPlanItem, value: string, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): StatusWrite {
  const doc = ledger.doc
  const state = requestedState(value)
  switch (item.statusSource) {
    case 'box':
      return boxWrite(doc, item, value, state, vocabulary)
    case 'heading-marker':
      return headingWrite(doc, item, value, state, headingLeadMarkers(ledger), vocabulary)
    case 'cell':
      return textWrite(doc, item, 'cell', state, value, ledger.items.map((other) => other.status), vocabulary)
    case 'index':
      // Headings of a file whose other headings carry markers get one too; the summary row follows (set-fields).
      if (item.kind === 'heading' && hasHeadingMarkers(ledger)) return headingWrite(doc, item, value, state, headingLeadMarkers(ledger), vocabulary)
      return textWrite(doc, item, 'index', state, value, ledger.index.map((entry) => entry.status), vocabulary)
    case 'field':
      return textWrite(doc, item, 'field', state, value, fieldStatuses(ledger), vocabulary)
    default:
      // No status written yet: a heading takes the file's heading marker when its other headings carry one.
      if (item.kind === 'heading' && hasHeadingMarkers(ledger)) return headingWrite(doc, item, value, state, headingLeadMarkers(ledger), vocabulary)
      // A queue entry is open by its section already: a `Status: open` line would only repeat it.
      if (state !== undefined && item.state === state) return {target: 'field', line: item.line, from: state, to: state}
      return {target: 'new-field', line: item.line, from: null, to: state === undefined ? value : (fileWordingFor(state, fieldStatuses(ledger), vocabulary) ?? value)}
  }
}

function fieldStatuses(ledger: FixPlanLedger): Array<string | null> {
  return ledger.items.filter((other) => other.statusSource === 'field').map((other) => other.status)
}


function replaceSpan(doc: LedgerDocument, span: Span, to: string): {from: string; edit?: TextEdit} {
  const from = doc.text.slice(span.start, span.end)
  return from === to ? {from} : {from, edit: {start: span.start, end: span.end, text: to}}
}

/** `[ ]` ↔ `[x]`; other states only with a marker the file already uses for them. */
function boxWrite(doc: LedgerDocument, item: FixPlanItem, value: string, state: ItemState | undefined, vocabulary: StateVocabulary): StatusWrite {
  const marker = boxMarkerFor(doc, value, item.line, state, vocabulary)
  const span = item.statusSpan!
  const {from, edit} = replaceSpan(doc, span, marker)
  return {target: 'box', line: item.line, from: `[${from}]`, to: `[${marker}]`, ...(edit && {edit})}
}

/**
 * The checkbox marker (between the brackets) that writes `value` in the file's own style: `[x]`-like
 * literals as given, else the marker the file uses most for that state (`x` for done, `S` for
 * skipped when it has none). `line`: the item's, for the error.
 */
export function boxMarkerFor(doc: LedgerDocument, value: string, line: number, state: ItemState | undefined = requestedState(value), vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): string {
  const literal = /^\[(.{1,2})\]$/u.exec(value.trim())?.[1]
  if (literal !== undefined) return literal
  const markers = boxMarkers(doc)
  const wanted = state ?? classifyState(value, vocabulary)
  // `[P]` reads as partial, and FORMATS.md §1 calls it "partial / in progress": it serves both.
  const accepted = wanted === 'in_progress' ? ['in_progress', 'partial'] : [wanted]
  let marker = wanted === 'open' ? ' ' : mostUsed(markers.filter((candidate) => accepted.includes(boxState(candidate, vocabulary))))
  if (marker === undefined && wanted === 'done') marker = 'x'
  if (marker === undefined && wanted === 'skipped') marker = 'S'
  if (marker !== undefined) return marker
  const used = [...new Set(markers)].map((candidate) => `[${candidate}]`)
  throw new UserError(`No checkbox marker for \`${shownInput(value)}\` in ${doc.path}: it uses ${used.join(' ')}`, {
    path: doc.path,
    line,
    hint: `set Status=done or Status=open, or give a marker: Status=[${wanted === 'blocked' ? 'B' : 'P'}]`,
  })
}

function boxMarkers(doc: LedgerDocument): string[] {
  return scanDocument(doc).listItems.flatMap((listItem) => (listItem.checkbox ? [listItem.checkbox.marker] : []))
}

function mostUsed(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value
  return best
}

/** The heading's trailing marker added, replaced, or (open) removed with the space before it. */
function hasHeadingMarkers(ledger: FixPlanLedger): boolean {
  return headingEndMarkers(ledger.doc).length > 0 || headingLeadMarkers(ledger).length > 0
}

/** `leadMarkers`: the markers item headings open with; where they outnumber closing ones, a new marker opens the heading too. */
function headingWrite(doc: LedgerDocument, item: FixPlanItem, value: string, state: ItemState | undefined, leadMarkers: readonly string[], vocabulary: StateVocabulary): StatusWrite {
  const wanted = state ?? classifyState(value, vocabulary)
  const line = doc.lines[item.line - 1]
  const span = item.statusSource === 'heading-marker' ? item.statusSpan : undefined
  const from = span ? doc.text.slice(span.start, span.end) : null
  if (wanted === 'open') {
    // No marker is what open looks like: nothing to write.
    if (!span) return {target: 'heading-marker', line: item.line, from, to: 'open'}
    // The marker goes with the space before it, and with a dash or colon that only introduced it (`Title — ✅ DONE`).
    const before = doc.text.slice(line.start, span.start)
    const lead = /[ \t]+(?:[—–:|-][ \t]*)?$/.exec(before)
    const start = lead && lead.index > 0 ? line.start + lead.index : span.start
    return {target: 'heading-marker', line: item.line, from, to: '', edit: {start, end: span.end, text: ''}}
  }
  const endMarkers = headingEndMarkers(doc)
  const markers = [...endMarkers, ...leadMarkers]
  const marker = state === undefined && wanted !== 'unknown' ? value.trim() : fileWordingFor(wanted, markers, vocabulary)
  if (marker === undefined) {
    throw new UserError(`No heading marker for \`${shownInput(value)}\` in ${doc.path}: its headings end with ${[...new Set(markers)].join(', ') || 'no marker'}`, {
      path: doc.path,
      line: item.line,
      hint: 'set Status=done or Status=open, or give the marker itself: Status="🔄 IN PROGRESS"',
    })
  }
  if (span) {
    const replaced = replaceSpan(doc, span, marker)
    return {target: 'heading-marker', line: item.line, from, to: marker, ...(replaced.edit && {edit: replaced.edit})}
  }
  if (leadMarkers.length > endMarkers.length) {
    const textStart = headingTextStart(doc, item.line)
    return {target: 'heading-marker', line: item.line, from, to: marker, edit: {start: textStart, end: textStart, text: `${marker} `}}
  }
  let end = line.end
  while (end > line.start && /[ \t]/.test(doc.text[end - 1])) end--
  return {target: 'heading-marker', line: item.line, from, to: marker, edit: {start: end, end, text: ` ${marker}`}}
}

/** A status cell or `Status:` value: a state word in the wording its neighbours use, other text as given. */
function textWrite(
  doc: LedgerDocument,
  item: FixPlanItem,
  target: 'cell' | 'index' | 'field',
  state: ItemState | undefined,
  value: string,
  neighbours: ReadonlyArray<string | null | undefined>,
  vocabulary: StateVocabulary,
): StatusWrite {
  const span = item.statusSpan
  if (!span) {
    throw new UserError(`${item.id ?? item.title} has no status ${target === 'field' ? 'value' : 'cell'} to write in ${doc.path}`, {path: doc.path, line: item.line, hint: 'add the status by hand once; planledger keeps it in step from then on'})
  }
  const wording = state === undefined ? value : (fileWordingFor(state, neighbours, vocabulary) ?? value)
  const to = target === 'field' ? wording : asTableCellText(wording)
  const replaced = target === 'field' ? replaceSpan(doc, span, to) : replaceCell(doc, span, to)
  return {target, line: lineIndexAt(doc, span.start) + 1, from: replaced.from, to, ...(replaced.edit && {edit: replaced.edit})}
}
