import {DEFAULT_MARKER_SIZE} from '../../ledger/conflict-marker-lines.js'
import {createDocument, type LedgerDocument} from '../../ledger/document.js'
import type {FixPlanReadOptions} from '../../ledger/dialects/reader-options.js'
import {roleFromContent, roleFromPath, type LedgerRole} from './ledger-role.js'
import {mergeLines} from './line-merge.js'
import type {MergeContext} from './merge-context.js'
import {splitKeepingEols} from './merge-lines.js'
import {mergeSiblings} from './merge-units.js'
import {findingsUnits} from './segment-findings.js'
import {fixPlanUnits} from './segment-fix-plan.js'
import {journalUnits} from './segment-journal.js'
import {planUnits} from './segment-plan.js'
import {tidyMergedLists} from './tidy-merged-lists.js'
import {buildUnitTree, type GapKeys, type UnitRange} from './unit-tree.js'

export interface MergeLedgerInput {
  base: string
  ours: string
  theirs: string
  /** The file's path in the repository (`%P`): names its role when `role` is not given. */
  path?: string
  role?: LedgerRole
  /** Conflict marker length (`%L`); 7 by default. */
  markerSize?: number
  /** The project's fix-plan reading options (dialect, ID pattern, state words). */
  fixPlanOptions?: FixPlanReadOptions
}

export interface MergeLedgerResult {
  text: string
  /** Conflict blocks left in `text`. */
  conflicts: number
  /** What the merge did that a person should know: conflicts by unit, renumbered attempts, fallbacks. */
  notes: string[]
  role: LedgerRole
}

/**
 * Three-way merge of a ledger by its structure (items, fields, attempts, index rows, plan rows,
 * findings, journal entries), rebuilt from the versions' own text: units neither side changed
 * are never re-serialised, and conflict markers surround only the smallest unit both sides
 * changed differently. Pure: text in, text out.
 */
export function mergeLedgerTexts(input: MergeLedgerInput): MergeLedgerResult {
  const ours = createDocument(input.path ?? '', input.ours)
  const role = input.role ?? roleFromPath(input.path ?? '') ?? roleFromContent(ours)
  // A side that changed nothing leaves the other side's text as the merge: nothing else to read.
  if (input.ours === input.theirs || input.theirs === input.base) return {text: input.ours, conflicts: 0, notes: [], role}
  if (input.ours === input.base) return {text: input.theirs, conflicts: 0, notes: [], role}
  const markerSize = input.markerSize ?? DEFAULT_MARKER_SIZE
  const [base, theirs] = [input.base, input.theirs].map((text) => createDocument(input.path ?? '', text))
  const context: MergeContext = {
    base: splitKeepingEols(input.base),
    ours: splitKeepingEols(input.ours),
    theirs: splitKeepingEols(input.theirs),
    markerSize,
    eol: ours.eol,
    newestFirst: false,
    conflicts: 0,
    notes: [],
  }
  const tidy = (text: string, notes: string[]) => tidyMergedLists({merged: text, base: input.base, ours: input.ours, theirs: input.theirs, markerSize}, notes)
  const segment = segmenter(role, input.fixPlanOptions)
  const [b, o, t] = [segment(base), segment(ours), segment(theirs)]
  if (role === 'text' || o.ranges.length === 0 || t.ranges.length === 0) {
    context.notes.push(`no ${role === 'text' ? 'ledger' : role} structure found: merged line by line`)
    const merged = mergeLines(context.base, context.ours, context.theirs, markerSize, context.eol)
    return {text: tidy(merged.text, context.notes), conflicts: merged.conflicts, notes: context.notes, role}
  }
  context.newestFirst = o.newestFirst
  const gaps: GapKeys = o.newestFirst ? 'after-previous' : 'before-next'
  const tree = (lines: readonly string[], ranges: UnitRange[]) => buildUnitTree(lines, ranges, gaps)
  try {
    const text = mergeSiblings(context, tree(context.base, b.ranges), tree(context.ours, o.ranges), tree(context.theirs, t.ranges), '')
    return {text: tidy(text, context.notes), conflicts: context.conflicts, notes: context.notes, role}
  } catch (error) {
    // A merge must still happen if the structural merge trips over a shape it did not expect.
    const merged = mergeLines(context.base, context.ours, context.theirs, markerSize, context.eol)
    const reason = error instanceof Error ? error.message : String(error)
    const notes = [`structural merge failed (${reason}): merged line by line`]
    return {text: tidy(merged.text, notes), conflicts: merged.conflicts, notes, role}
  }
}

type Segmented = {ranges: UnitRange[]; newestFirst: boolean}

function segmenter(role: LedgerRole, options: FixPlanReadOptions | undefined): (doc: LedgerDocument) => Segmented {
  switch (role) {
    case 'fix-plan':
      return (doc) => ({ranges: fixPlanUnits(doc, options), newestFirst: false})
    case 'findings':
      return (doc) => ({ranges: findingsUnits(doc), newestFirst: false})
    case 'plan':
      return (doc) => ({ranges: planUnits(doc, options?.vocabulary), newestFirst: false})
    case 'journal':
      return journalUnits
    case 'text':
      return () => ({ranges: [], newestFirst: false})
  }
}
