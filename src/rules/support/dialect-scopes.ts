import {DIALECTS, type Dialect} from '../../ledger/model.js'

// Which fix plans a rule can judge depends on what their items carry (FORMATS.md §4): a rule that
// reads a field or a history a dialect never writes would only report the dialect, not a defect.

/** The rule reads the file's text, or nothing of its items: it applies to every fix plan. */
export const ANY_DIALECT: readonly Dialect[] = DIALECTS

/** Items that keep an Attempts History: only `## [ID]` fix plans (FORMATS.md §2) write one. */
export const WITH_ATTEMPTS: readonly Dialect[] = ['bracketed-headings']

/** Items a table or list can restate as an index; a table ledger's rows are the items themselves. */
export const WITH_INDEX: readonly Dialect[] = ['bracketed-headings', 'id-headings', 'checklist']

/** Items with `- Key: value` fields under them (`Status:`, `Working Plan:`). */
export const WITH_FIELDS: readonly Dialect[] = ['bracketed-headings', 'id-headings']
