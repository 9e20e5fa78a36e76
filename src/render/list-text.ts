import type {ListedItem, ListResult} from '../app/list.js'
import {maxOf} from '../ledger/unbounded-arrays.js'
import {escapeUntrusted} from './escape-untrusted.js'

const HEADERS = ['ID', 'STATUS', 'PRIORITY', 'ATTEMPTS', 'LAST ATTEMPT', 'TITLE']
// Other dialects have no Status field to show, so the state their box, marker or cell reads as comes first.
const DIALECT_HEADERS = ['ID', 'STATE', 'STATUS', 'PRIORITY', 'ATTEMPTS', 'LAST ATTEMPT', 'TITLE']

/** An aligned table, one item per line; the title goes last because it is the longest. */
export function renderList(result: ListResult): string {
  const path = escapeUntrusted(result.path)
  if (result.total === 0) {
    return result.dialect === 'none'
      ? `${path} has no items (no headings, checklist or table the readers recognise)`
      : `${path} has no items (read as ${result.dialect})`
  }
  if (result.items.length === 0) return `no items in ${path} match`
  const bracketed = result.dialect === 'bracketed-headings'
  const headers = bracketed ? HEADERS : DIALECT_HEADERS
  const rows = result.items.map((item) => (bracketed ? cells(item) : [cells(item)[0], item.state, ...cells(item).slice(1)]))
  const table = [headers, ...rows].map((row) => row.map(escapeUntrusted))
  const widths = headers.map((_, column) => maxOf(table.map((row) => row[column].length)) ?? 0)
  return table
    .map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '))
    .join('\n')
}

function cells(item: ListedItem): string[] {
  return [item.id ?? '-', item.status ?? '-', item.priority ?? '-', String(item.attempts), item.lastAttemptDate ?? '-', item.title]
}
