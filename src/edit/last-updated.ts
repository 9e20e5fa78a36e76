import {lastUpdatedHeader} from '../ledger/fix-plan/last-updated-key.js'
import type {FixPlanLedger} from '../ledger/model.js'
import type {TextEdit} from './text-edit.js'

export interface LastUpdatedChange {
  line: number
  from: string
  to: string
  edit?: TextEdit
}

// A leading date or timestamp; a note after it (`2025-10-19 (Phase D)`) is kept.
const LEADING_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?/

/**
 * The `**Last Updated:**` header value made to say `date`: its leading date is replaced, or the
 * whole value when it does not start with one. Undefined when the file has no such header.
 */
export function touchLastUpdated(ledger: FixPlanLedger, date: string): LastUpdatedChange | undefined {
  const header = lastUpdatedHeader(ledger)
  if (!header) return undefined
  const {start} = header.valueSpan
  const dateLength = leadingDateOf(header.value)?.length ?? header.value.length
  const to = date + header.value.slice(dateLength)
  const change: LastUpdatedChange = {line: header.line, from: header.value, to}
  if (to !== header.value) change.edit = {start, end: start + dateLength, text: date}
  // A header with no value at all (`**Last Updated:**`) needs a space after the colon.
  if (change.edit && header.value === '' && ledger.doc.text[start - 1] !== ' ') change.edit.text = ` ${date}`
  return change
}

/** The date or timestamp a header value starts with (`2025-10-19` of `2025-10-19 (Phase D)`), if any. */
export function leadingDateOf(value: string): string | undefined {
  return LEADING_DATE.exec(value)?.[0]
}
