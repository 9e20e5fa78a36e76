import type {LedgerDocument} from './document.js'
import type {TableCell} from './table-cells.js'

/** Offsets into the document text; `end` is exclusive. */
export interface Span {
  start: number
  end: number
}

/** Something a reader could not interpret: reported with its place, never dropped or rewritten. */
export interface LedgerWarning {
  path: string
  /** 1-based. */
  line: number
  message: string
}

// ---------------------------------------------------------------- implementation plans

/** `skipped`: deliberately not done (`[S]`, `[-]`, `[SKIP]`): never open, never done, but settled. */
export type RowState = 'open' | 'partial' | 'done' | 'blocked' | 'skipped' | 'unknown'

export interface StateMarker {
  /** What stands between the brackets: ` `, `x`, `X`, `P`, `D`, `✅`, ... */
  marker: string
  state: RowState
  backticked: boolean
  /** The bracketed marker itself, `[x]` (inside any backticks). */
  span: Span
}

export interface PlanColumnMap {
  id: number
  /** Absent when the table has no `State`/`Status` column. */
  state?: number
  /** The last column, usually `How/Why & Guidance`. */
  guidance?: number
}

export interface PlanTable {
  /** 1-based line of the header row. */
  headerLine: number
  headers: string[]
  hasDelimiter: boolean
  columns: PlanColumnMap
}

export interface PlanRow {
  kind: 'table' | 'checklist'
  /** `D1.A`, `A1`, `S3`; absent for checklist items without an ID token. */
  id?: string
  state?: StateMarker
  /** 1-based. */
  line: number
  /** The whole line without its ending. */
  span: Span
  /** Table rows: every cell, with its header name. */
  cells: Array<TableCell & {header: string}>
  /** Table rows: index into PlanLedger.tables. */
  table?: number
  /** Checklist rows: the item text after the checkbox, and its span. */
  text?: string
  textSpan?: Span
  /** Checklist rows: indentation of the list item in columns. */
  indent?: number
  /** Checklist rows: offset where the item's text ends, after any lines it wraps onto (where evidence goes). */
  paragraphEnd?: number
  /** The phase the row belongs to (its id, or heading title when it has none). */
  phase?: string
}

export interface Phase {
  /** `A`, `D1`, `EB2.A`; absent for headings without a phase token. */
  id?: string
  title: string
  /** 1-based. */
  line: number
  level: number
  /** A trailing status such as `✅ COMPLETE`, when present. */
  status?: string
  goal?: string
  prereqs?: string
  exitCriteria?: string
  rows: PlanRow[]
}

export interface PlanLedger {
  doc: LedgerDocument
  phases: Phase[]
  rows: PlanRow[]
  tables: PlanTable[]
  warnings: LedgerWarning[]
}

// ---------------------------------------------------------------- fix plan

export interface Field {
  key: string
  /** The value on the key's own line, trimmed. */
  value: string
  /** 1-based line of the `- Key:` bullet. */
  line: number
  keySpan: Span
  /** The value on the first line (may be empty). */
  valueSpan: Span
  /** The field's whole extent: its bullet line through its last continuation line (no final EOL). */
  span: Span
  /** Last line (1-based) belonging to the field. */
  endLine: number
  /** Indentation of the bullet in columns. */
  indent: number
}

/** The seven entry styles of FORMATS.md (§2), plus `plain` for bullets we could not classify. */
export type AttemptStyle =
  | 'bracket-date-number' // * [2025-10-17] Attempt #0 — text
  | 'italic-timestamp' // - *2026-01-13T202358Z:* text
  | 'italic-timestamp-label' // - *2026-01-26T00:00:00Z (planning kickoff):* text
  | 'timestamp-dash' // * 2025-12-04T120500Z — text
  | 'number-paren-date' // - Attempt #1 (2025-09-29): text
  | 'heading' // ### 2026-01-22T02:40Z — label
  | 'plain' // a bullet in the history that matches none of the above

export interface AttemptEntry {
  style: AttemptStyle
  /** 1-based first and last line (continuation lines and nested bullets included). */
  line: number
  endLine: number
  /** First line start through the last line's end (no final EOL). */
  span: Span
  /** Bullet character (`*`, `-`, `+`), absent for heading entries. */
  bullet?: string
  /** Heading level for heading entries. */
  headingLevel?: number
  /** Indentation of the bullet in columns. */
  indent: number
  /** Column where the entry's text starts; continuation lines align here. */
  contentColumn: number
  number?: number
  /** Date or timestamp exactly as written. */
  date?: string
  dateInBrackets?: boolean
  label?: string
  /** Separator written between prefix and text (`—`, `-`, `:`), as written. */
  separator?: string
  /** The entry's own text on its first line, after the prefix. */
  text: string
  /** Span of the text after the prefix on the first line. */
  textSpan: Span
}

export interface AttemptsHistory {
  kind: 'field' | 'bare-line' | 'heading'
  /** 1-based line of `- Attempts History:`, `Attempts History:` or `## Attempts History`. */
  line: number
  entries: AttemptEntry[]
  /** A `(none yet)` placeholder line, when present. */
  placeholder?: {line: number; span: Span}
}

/** What a fix-plan item's state reads as, whatever words the file uses (FORMATS.md §4). */
export type ItemState = 'open' | 'in_progress' | 'partial' | 'blocked' | 'done' | 'skipped' | 'unknown'

/** How a fix plan writes its items (FORMATS.md §4); `none`: prose with no items. */
export type Dialect = 'bracketed-headings' | 'id-headings' | 'checklist' | 'table' | 'queue-log' | 'none'

export const DIALECTS: readonly Dialect[] = ['bracketed-headings', 'id-headings', 'checklist', 'table', 'queue-log', 'none']

export type ItemKind = 'heading' | 'checklist' | 'table-row' | 'queue-entry' | 'log-entry'

/** Where an item's state was read from. */
export type StatusSource = 'field' | 'box' | 'heading-marker' | 'cell' | 'index' | 'section' | 'none'

/** A checkbox line (or a deeper heading) under an item. */
export interface ItemTask {
  /** 1-based. */
  line: number
  state: ItemState
  text: string
  /** The whole line without its ending. */
  span: Span
  id?: string
}

export interface FixPlanItem {
  /** The ID as written, without brackets, bold or a trailing colon; null when the title identifies the item. */
  id: string | null
  kind: ItemKind
  title: string
  /** 1-based first line (the heading, the checkbox line, the table row). */
  line: number
  /** Heading level for heading items; 0 for list and table items. */
  level: number
  state: ItemState
  /** The status text as written (Status field value, box marker, heading marker, status cell); null when there is none. */
  status: string | null
  statusSource: StatusSource
  /** Exactly where the status text sits; absent when there is none to rewrite. */
  statusSpan?: Span
  tasks: ItemTask[]
  /** Title of the group heading the item sits under. */
  section?: string
  /** Heading start through the last line before the next item or group heading. */
  span: Span
  endLine: number
  fields: Field[]
  attempts?: AttemptsHistory
}

export interface IndexEntry {
  id: string
  kind: 'table' | 'list'
  /** 1-based. */
  line: number
  span: Span
  title?: string
  priority?: string
  status?: string
  /** Where the priority / status text sits in the line, for keeping the index in step. */
  prioritySpan?: Span
  statusSpan?: Span
}

export interface HeaderField {
  key: string
  value: string
  line: number
  valueSpan: Span
}

export interface FixPlanLedger {
  doc: LedgerDocument
  /** How this file writes its items. */
  dialect: Dialect
  /** `**Last Updated:** ...` style lines before the first item. */
  header: HeaderField[]
  index: IndexEntry[]
  items: FixPlanItem[]
  /** Heading-style histories that belong to the file, not to an `[ID]` item. */
  attempts?: AttemptsHistory
  warnings: LedgerWarning[]
}

// ---------------------------------------------------------------- findings

export interface FindingsTable {
  headerLine: number
  headers: string[]
  hasDelimiter: boolean
  idColumn: number
}

export interface Finding {
  id: string
  /** 1-based. */
  line: number
  span: Span
  source: 'table' | 'heading'
  /** Table findings: index into FindingsLedger.tables. */
  table?: number
  /** Cell text (trimmed, raw markup) by column name; headings: `Title`. */
  columns: Record<string, string>
}

export interface FindingsLedger {
  doc: LedgerDocument
  tables: FindingsTable[]
  findings: Finding[]
  warnings: LedgerWarning[]
}
