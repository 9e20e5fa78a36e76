import type {ListResult} from '../app/list.js'
import {maxOf} from '../ledger/unbounded-arrays.js'
import {escapeUntrusted} from './escape-untrusted.js'

const HEADERS = ['ID', 'STATUS', 'PRIORITY', 'ATTEMPTS', 'LAST ATTEMPT', 'TITLE']

/** An aligned table, one item per line; the title goes last because it is the longest. */
export function renderList(result: ListResult): string {
  if (result.items.length === 0) return `no items in ${escapeUntrusted(result.path)} match`
  const rows = result.items.map((item) => [
    item.id,
    item.status ?? '-',
    item.priority ?? '-',
    String(item.attempts),
    item.lastAttemptDate ?? '-',
    item.title,
  ])
  const table = [HEADERS, ...rows].map((cells) => cells.map(escapeUntrusted))
  const widths = HEADERS.map((_, column) => maxOf(table.map((cells) => cells[column].length)) ?? 0)
  return table
    .map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '))
    .join('\n')
}
