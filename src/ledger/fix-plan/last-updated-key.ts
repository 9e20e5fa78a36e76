import type {FixPlanLedger, HeaderField} from '../model.js'

// `Last Updated`, `Last-Updated`, `last_updated`, `Last Modified`.
const LAST_UPDATED_KEY = /^last[\s_-]*(?:updated|modified)$/i

/** Whether a header key is the file's Last Updated date, however the file spells it. */
export function isLastUpdatedKey(key: string): boolean {
  return LAST_UPDATED_KEY.test(key.trim())
}

/** The fix plan's Last Updated header, when it has one. */
export function lastUpdatedHeader(ledger: FixPlanLedger): HeaderField | undefined {
  return ledger.header.find((field) => isLastUpdatedKey(field.key))
}
