import {classifyState} from '../item-state.js'
import type {FixPlanItem} from '../model.js'
import type {FixPlanReadOptions} from './reader-options.js'
import type {StatusRow} from './status-tables.js'

/**
 * Items written as rows of a status table (`| # | … | Title | Status |`): the status cell is the
 * state (`Fixed`, `[x] Complete`; an empty cell is open). The rows come from readStatusRows.
 */
export function tableItems(rows: readonly StatusRow[], options: FixPlanReadOptions): FixPlanItem[] {
  return rows.map((row) => ({
    id: row.id,
    kind: 'table-row',
    title: row.title,
    line: row.line + 1,
    level: 0,
    state: classifyState(row.status, options.vocabulary),
    status: row.status === '' ? null : row.status,
    statusSource: 'cell',
    ...(row.statusSpan && {statusSpan: row.statusSpan}),
    tasks: [],
    ...(row.section !== undefined && {section: row.section}),
    span: row.span,
    endLine: row.line + 1,
    fields: [],
  }))
}
