import type {FixPlanItem} from '../model.js'
import {itemStatusWord} from './status-word.js'

/**
 * An archive stub: `Status: archived 2025-10-20 — see …`, as `archive` leaves it. The item's work
 * and history now live in the archive file.
 */
export function isArchivedStub(item: FixPlanItem): boolean {
  return itemStatusWord(item) === 'archived'
}

/**
 * Done, or set aside for good: an archived stub or a deliberately skipped item (the `skipped`
 * state, or a Status whose word says so where the state was read from elsewhere). Nothing more
 * will be done on it, so nothing waits on it and its plan may have moved.
 */
export function isSettled(item: FixPlanItem): boolean {
  if (item.state === 'done' || item.state === 'skipped' || isArchivedStub(item)) return true
  return itemStatusWord(item) === 'skipped'
}
