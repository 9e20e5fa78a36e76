import {lastUpdatedHeader} from '../ledger/fix-plan/last-updated-key.js'
import {leadingDateIn} from '../ledger/ledger-dates.js'
import type {FixPlanLedger} from '../ledger/model.js'
import type {TextEdit} from './text-edit.js'

export interface LastUpdatedChange {
  line: number
  from: string
  to: string
  edit?: TextEdit
}

/**
 * The `**Last Updated:**` header value made to say `date`: its leading date is replaced (markup
 * around it and a note after it, `` `2025-10-19` (Phase D) ``, are kept), or the whole value when it
 * does not start with one. Undefined when the file has no such header.
 */
export function touchLastUpdated(ledger: FixPlanLedger, date: string): LastUpdatedChange | undefined {
  const header = lastUpdatedHeader(ledger)
  if (!header) return undefined
  const written = leadingDateIn(header.value) ?? {start: 0, end: header.value.length}
  const to = header.value.slice(0, written.start) + date + header.value.slice(written.end)
  const start = header.valueSpan.start + written.start
  const change: LastUpdatedChange = {line: header.line, from: header.value, to}
  if (to !== header.value) change.edit = {start, end: header.valueSpan.start + written.end, text: date}
  // A header with no value at all (`**Last Updated:**`) needs a space after the colon.
  if (change.edit && header.value === '' && ledger.doc.text[start - 1] !== ' ') change.edit.text = ` ${date}`
  return change
}
