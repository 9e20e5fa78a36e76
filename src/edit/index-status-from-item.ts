import {comparableStatus} from '../ledger/fix-plan/status-word.js'
import {differingIndexState} from '../ledger/fix-plan/index-state.js'
import {classifyState} from '../ledger/item-state.js'
import type {FixPlanItem, FixPlanLedger, IndexEntry} from '../ledger/model.js'
import {BUILT_IN_VOCABULARY, type StateVocabulary} from '../ledger/plan/state-marker.js'
import {asTableCellText} from './evidence-style.js'
import {syncIndexEntry} from './index-sync.js'
import {fileWordingFor} from './status-wording.js'
import {replaceCell} from './table-cell-text.js'
import type {TextEdit} from './text-edit.js'

export interface IndexStatusFix {
  line: number
  from: string
  to: string
  edit: TextEdit
}

/**
 * The index entry's status cell (or `Status:` value) made to say what the item says, in the index's
 * own wording: the spelling other index entries use for that status when there is one (`**done**`,
 * `✅ Done`), else the item's status when it is one word, else its leading word (an item's
 * `done — see reports/…` becomes `done`). Undefined when the entry has no status to rewrite, the
 * item has none to copy, or they already agree (a different spelling of the same status is left alone).
 * `vocabulary`: the project's `states`, the one the ledger was read with.
 */
export function indexStatusFromItem(ledger: FixPlanLedger, entry: IndexEntry, item: FixPlanItem, vocabulary: StateVocabulary = BUILT_IN_VOCABULARY): IndexStatusFix | undefined {
  const itemStatus = item.status?.trim()
  if (!entry.statusSpan || entry.status === undefined || !itemStatus || item.statusSource === 'index') return undefined
  if (agree(ledger, entry.status, item, itemStatus, vocabulary)) return undefined
  const to = ledger.dialect === 'bracketed-headings' ? wordingByWord(ledger, itemStatus) : wordingByState(ledger, item, itemStatus, vocabulary)
  if (to === undefined) return undefined
  const replaced = entry.kind === 'table' && isPadded(ledger.doc.text, entry.statusSpan.end) ? replaceCell(ledger.doc, entry.statusSpan, asTableCellText(to)) : syncIndexEntry(ledger.doc, entry, 'status', to)
  if (!replaced?.edit) return undefined
  return {line: entry.line, from: replaced.from, to, edit: replaced.edit}
}

/**
 * Nothing index-mismatch would report: the same leading word in this format; in the others no two
 * different states (a status either side cannot read is not judged, so not rewritten).
 */
function agree(ledger: FixPlanLedger, indexStatus: string, item: FixPlanItem, itemStatus: string, vocabulary: StateVocabulary): boolean {
  if (ledger.dialect === 'bracketed-headings') return comparableStatus(indexStatus) === comparableStatus(itemStatus)
  return differingIndexState(indexStatus, item, vocabulary) === undefined
}

/** A cell with more than one blank before its closing pipe belongs to an aligned table: its width is kept. */
function isPadded(text: string, contentEnd: number): boolean {
  return /^[ \t]{2,}\|/.test(text.slice(contentEnd, contentEnd + 200))
}

/** This format compares the leading word: the index spelling of that word, else the item's own. */
function wordingByWord(ledger: FixPlanLedger, itemStatus: string): string | undefined {
  const word = comparableStatus(itemStatus)
  const spellings = ledger.index.map((entry) => entry.status).filter((status) => status !== undefined && comparableStatus(status) === word)
  return mostUsed(spellings) ?? (/\s/.test(itemStatus) ? leadingWordAsWritten(itemStatus) : itemStatus)
}

/** Other dialects compare states: the index's wording for the item's state, else the state's name in the index's letter case. */
function wordingByState(ledger: FixPlanLedger, item: FixPlanItem, itemStatus: string, vocabulary: StateVocabulary): string | undefined {
  if (item.state === 'unknown') return undefined
  const texts = ledger.index.map((entry) => entry.status)
  const own = fileWordingFor(item.state, texts, vocabulary)
  if (own !== undefined) return own
  // A status that is itself a word of that state (`Done`, `in progress`) reads better than the state's
  // name; a checkbox's `x` is a mark, not a word.
  if (item.statusSource !== 'box' && /^[\p{L}][\p{L}_ -]*$/u.test(itemStatus) && classifyState(itemStatus, vocabulary) === item.state) return itemStatus
  return inCaseOf(texts, item.state)
}


function leadingWordAsWritten(status: string): string {
  return /[\p{L}\p{N}][\p{L}\p{N}_-]*/u.exec(status)?.[0] ?? status
}

function mostUsed(texts: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const text of texts) if (text !== undefined) counts.set(text, (counts.get(text) ?? 0) + 1)
  let best: string | undefined
  for (const [text, count] of counts) if (best === undefined || count > counts.get(best)!) best = text
  return best
}

/** `DONE` when the index writes its statuses in capitals, `Done` when capitalised, else `done`. */
function inCaseOf(texts: readonly (string | undefined)[], state: string): string {
  const words = texts.map((text) => (text === undefined ? undefined : /\p{L}+/u.exec(text)?.[0])).filter((word): word is string => word !== undefined)
  if (words.length > 0 && words.every((word) => word === word.toUpperCase())) return state.toUpperCase()
  if (words.length > 0 && words.every((word) => word[0] === word[0].toUpperCase())) return state[0].toUpperCase() + state.slice(1)
  return state
}
