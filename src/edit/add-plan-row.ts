import {UserError} from '../errors.js'
import type {Phase, PlanLedger, PlanRow} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import type {ScanResult, TableBlock} from '../ledger/scan.js'
import {shownInput} from '../shown-input.js'
import {formatChecklistRow} from './checklist-row-format.js'
import {planTableRowText} from './plan-table-row.js'
import type {TextEdit} from './text-edit.js'

export interface NewPlanRow {
  id: string
  task: string
  /** Insert right after this row. */
  after?: string
  /** Insert at the end of this phase's table (its ID or title); default: the last phase that has one. */
  phase?: string
}

export interface AddPlanRowPlan {
  edits: TextEdit[]
  /** 1-based line of the new row in the edited text. */
  line: number
  /** The new row as written (no line ending). */
  text: string
  /** The phase it went into (its ID or title), when there is one. */
  phase?: string
}

/** Where a new row goes: after `line` (0-based), written like `model` (a row, or a table's header when it has none yet). */
interface Placement {
  line: number
  model: {kind: 'table'; block: TableBlock; row?: PlanRow} | {kind: 'checklist'; row: PlanRow} | {kind: 'first-item'}
  phase?: Phase
  /** A blank line goes first, so the new item does not continue a paragraph. */
  blankBefore?: boolean
}

/** One open row appended in the plan's own style: a table row in its column order and padding, or a checklist line like its neighbour. */
export function planAddPlanRow(plan: PlanLedger, scan: ScanResult, row: NewPlanRow): AddPlanRowPlan {
  const existing = plan.rows.find((candidate) => candidate.id?.toLowerCase() === row.id.toLowerCase())
  if (existing) {
    throw new UserError(`Row ${existing.id} already exists in ${plan.doc.path} (line ${existing.line})`, {path: plan.doc.path, line: existing.line, hint: 'pick an unused row ID'})
  }
  const place = row.after !== undefined ? afterRow(plan, scan, row.after) : endOfPhase(plan, scan, row.phase)
  const {model} = place
  const text =
    model.kind === 'table'
      ? planTableRowText(plan, model.block, model.row, row)
      : model.kind === 'checklist'
        ? formatChecklistRow(plan.doc.text, model.row, row)
        : `- [ ] ${row.id}: ${row.task.trim()}`
  const at = plan.doc.lines[place.line].end
  const blank = place.blankBefore ? plan.doc.eol : ''
  const phase = place.phase ? (place.phase.id ?? place.phase.title) : undefined
  return {edits: [{start: at, end: at, text: plan.doc.eol + blank + text}], line: place.line + 2 + (blank ? 1 : 0), text, ...(phase !== undefined && {phase})}
}

function afterRow(plan: PlanLedger, scan: ScanResult, id: string): Placement {
  const row = plan.rows.find((candidate) => candidate.id === id) ?? plan.rows.find((candidate) => candidate.id?.toLowerCase() === id.toLowerCase())
  if (!row) {
    const ids = plan.rows.flatMap((candidate) => (candidate.id ? [candidate.id] : []))
    throw new UserError(`No row \`${shownInput(id)}\` in ${plan.doc.path} for --after`, {hint: didYouMean(suggestClosest(id, ids)) ?? `rows: ${ids.slice(0, 8).join(', ') || 'none'}`})
  }
  const phase = plan.phases.filter((candidate) => candidate.line <= row.line).at(-1)
  if (row.kind === 'table') return {line: row.line - 1, model: {kind: 'table', block: blockOf(scan, row.line - 1)!, row}, phase}
  return {line: checklistItemEnd(plan, scan, row), model: {kind: 'checklist', row}, phase}
}

/** The last line (0-based) of a checklist item: its own line and every deeper line under it. */
function checklistItemEnd(plan: PlanLedger, scan: ScanResult, row: PlanRow): number {
  let last = row.line - 1
  for (let line = last + 1; line < plan.doc.lines.length; line++) {
    const kind = scan.kinds[line]
    if (kind === 'blank') continue
    const text = plan.doc.lines[line].text
    if (text.length - text.trimStart().length <= (row.indent ?? 0)) break
    last = line
  }
  return last
}

function endOfPhase(plan: PlanLedger, scan: ScanResult, name: string | undefined): Placement {
  const phase = name === undefined ? (lastPhaseWithTasks(plan, scan) ?? plan.phases.at(-1)) : namedPhase(plan, name)
  const [start, end] = phase ? phaseLines(scan, phase, plan.doc.lines.length) : [0, plan.doc.lines.length]
  const blocks = scan.tables.filter((block) => block.startLine >= start && block.startLine < end && isTaskTable(plan, block))
  const block = blocks.at(-1)
  if (block) {
    const rows = plan.rows.filter((candidate) => candidate.kind === 'table' && candidate.line - 1 >= block.startLine && candidate.line - 1 <= block.endLine)
    const last = rows.at(-1)
    const line = block.rows.at(-1)?.line ?? block.delimiterLine ?? block.header.line
    return {line, model: {kind: 'table', block, row: last}, phase}
  }
  const items = plan.rows.filter((candidate) => candidate.kind === 'checklist' && candidate.line - 1 >= start && candidate.line - 1 < end)
  const top = Math.min(...items.map((item) => item.indent ?? 0))
  const last = items.filter((item) => (item.indent ?? 0) === top).at(-1)
  if (last) return {line: checklistItemEnd(plan, scan, last), model: {kind: 'checklist', row: last}, phase}
  // A phase with no tasks yet (a new plan's) gets its first one as a plain checklist item.
  if (phase) {
    let line = end - 1
    while (line > start && scan.kinds[line] === 'blank') line--
    return {line, model: {kind: 'first-item'}, phase, blankBefore: scan.kinds[line] !== 'list' && scan.kinds[line] !== 'blank'}
  }
  throw new UserError(`No phase, task table or checklist in ${plan.doc.path} to add a row to`, {path: plan.doc.path, hint: 'add a `### Phase A` heading, or a table with an `ID` and a `State` column'})
}

function isTaskTable(plan: PlanLedger, block: TableBlock): boolean {
  return plan.tables.some((table) => table.headerLine === block.startLine + 1)
}

function blockOf(scan: ScanResult, line: number): TableBlock | undefined {
  return scan.tables.find((block) => block.startLine <= line && line <= block.endLine)
}

/** A phase's lines (0-based, end exclusive): from its heading to the next heading of the same or a higher level. */
function phaseLines(scan: ScanResult, phase: Phase, lineCount: number): [number, number] {
  const next = scan.headings.find((heading) => heading.line > phase.line - 1 && heading.level <= phase.level)
  return [phase.line - 1, next?.line ?? lineCount]
}

function lastPhaseWithTasks(plan: PlanLedger, scan: ScanResult): Phase | undefined {
  return [...plan.phases].reverse().find((phase) => {
    const [start, end] = phaseLines(scan, phase, plan.doc.lines.length)
    return plan.rows.some((row) => row.line - 1 >= start && row.line - 1 < end) || scan.tables.some((block) => block.startLine >= start && block.startLine < end && isTaskTable(plan, block))
  })
}

function namedPhase(plan: PlanLedger, name: string): Phase {
  const wanted = name.trim().toLowerCase().replace(/^phase\s+/, '')
  const phase = plan.phases.find((candidate) => candidate.id?.toLowerCase() === wanted) ?? plan.phases.find((candidate) => candidate.title.toLowerCase() === wanted)
  if (phase) return phase
  const names = plan.phases.map((candidate) => candidate.id ?? candidate.title)
  throw new UserError(`No phase \`${shownInput(name)}\` in ${plan.doc.path}`, {path: plan.doc.path, hint: didYouMean(suggestClosest(name, names)) ?? `phases: ${names.join(', ') || 'none'}`})
}
