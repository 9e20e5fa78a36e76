import type {PlanRow, RowState} from '../../ledger/model.js'

/** Rows by state; `total` is their sum. A row without a state cell counts as unknown. */
export interface RowCounts {
  total: number
  done: number
  partial: number
  open: number
  blocked: number
  /** Deliberately not done (`[S]`): settled, like done, without being done. */
  skipped: number
  unknown: number
}

export const ROW_STATES: readonly RowState[] = ['done', 'partial', 'open', 'blocked', 'skipped', 'unknown']

export function countRows(rows: readonly PlanRow[]): RowCounts {
  const counts = emptyCounts()
  for (const row of rows) {
    counts[row.state?.state ?? 'unknown']++
    counts.total++
  }
  return counts
}

export function addCounts(all: readonly RowCounts[]): RowCounts {
  const sum = emptyCounts()
  for (const counts of all) {
    sum.total += counts.total
    for (const state of ROW_STATES) sum[state] += counts[state]
  }
  return sum
}

function emptyCounts(): RowCounts {
  return {total: 0, done: 0, partial: 0, open: 0, blocked: 0, skipped: 0, unknown: 0}
}
