import {Chalk, type ChalkInstance} from 'chalk'
import type {BoardItem, FixPlanBoard} from '../app/status/item-board.js'
import {ITEM_STATES} from '../app/status/item-board.js'
import type {JournalStatus} from '../app/status/journal-status.js'
import type {InitiativeProgress, PhaseProgress} from '../app/status/plan-progress.js'
import type {StatusResult} from '../app/status/status.js'
import {maxOf} from '../ledger/unbounded-arrays.js'
import {escapeUntrusted} from './escape-untrusted.js'
import {cutTo, padTo, widthOf} from './fit-line.js'
import {countsText, progressBar} from './progress-bar.js'

export interface StatusTextOptions {
  /** Columns the lines must fit. */
  width: number
  color: boolean
}

const PHASE_INDENT = '    '
const GAP = '  '
/** A phase label is never cut below this, whatever the width: past it the lines run over. */
const MIN_LABEL = 12

/** The board: initiatives with a progress bar per phase, fix-plan items by state, stuck items, the newest journal entry. */
export function renderStatus(result: StatusResult, options: StatusTextOptions): string {
  const paint = new Chalk({level: options.color ? 1 : 0})
  const sections = [
    planLines(result.initiatives, options.width, paint),
    fixPlanLines(result.fixPlan, options.width, paint),
    stuckLines(result, options.width, paint),
    journalLines(result.journals, options.width, paint),
  ]
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`
}

function planLines(initiatives: readonly InitiativeProgress[], width: number, paint: ChalkInstance): string[] {
  if (initiatives.length === 0) return [`${paint.bold('Plans')}  none found (see "plans" in .planledger.json)`]
  const phases = initiatives.flatMap((initiative) => initiative.plans.flatMap((plan) => plan.phases))
  const idWidth = maxOf(phases.map((phase) => widthOf(escapeUntrusted(phase.id ?? '')))) ?? 0
  const label = (phase: PhaseProgress) => escapeUntrusted(idWidth === 0 ? phase.title : `${padTo(phase.id ?? '', idWidth)} ${phase.title}`)
  const countsWidth = maxOf(phases.map((phase) => widthOf(countsText(phase.counts)))) ?? 0
  // The bar narrows before the label does, and goes altogether when even a short one leaves the label no room.
  const fixed = PHASE_INDENT.length + GAP.length + countsWidth
  const preferred = width >= 100 ? 20 : width >= 70 ? 10 : 5
  const barWidth = [preferred, 5].find((bar) => width - fixed - (bar + 2 + GAP.length) >= MIN_LABEL) ?? 0
  const room = width - fixed - (barWidth === 0 ? 0 : barWidth + 2 + GAP.length)
  const labelWidth = Math.min(maxOf(phases.map((phase) => widthOf(label(phase)))) ?? 0, Math.max(MIN_LABEL, room))
  const lines: string[] = []
  for (const initiative of initiatives) {
    const summary = initiative.plans.length === 0 ? 'no task rows' : countsText(initiative.counts)
    lines.push(`${paint.bold(cutTo(escapeUntrusted(initiative.id), Math.max(MIN_LABEL, width - summary.length - GAP.length)))}${GAP}${summary}`)
    for (const plan of initiative.plans) {
      lines.push(`  ${cutTo(escapeUntrusted(plan.path), width - 2)}`)
      for (const phase of plan.phases) {
        const bar = barWidth === 0 ? [] : [progressBar(phase.counts, barWidth, paint)]
        const cells = [padTo(cutTo(label(phase), labelWidth), labelWidth), ...bar, countsText(phase.counts)]
        lines.push(PHASE_INDENT + cells.join(GAP))
      }
    }
  }
  return lines
}

function fixPlanLines(board: FixPlanBoard | null, width: number, paint: ChalkInstance): string[] {
  if (board === null) return [`${paint.bold('Fix plan')}  none found`]
  const counts = ITEM_STATES.filter((state) => board.counts[state] > 0).map((state) => `${board.counts[state]} ${state}`)
  const what = board.total === 0 ? `no items (read as ${board.dialect})` : `${board.total} ${board.total === 1 ? 'item' : 'items'}: ${counts.join(', ')}`
  const path = escapeUntrusted(board.path)
  // The counts go on a line of their own when the one line would not fit; they are never cut.
  const fits = widthOf(`Fix plan  ${path}  ${what}`) <= width
  const head = fits ? [`${paint.bold('Fix plan')}  ${path}  ${what}`] : [`${paint.bold('Fix plan')}  ${cutTo(path, Math.max(MIN_LABEL, width - 10))}`, `  ${what}`]
  const listed = [...board.inProgress, ...board.blocked]
  return [...head, ...itemLines(listed, (item, id) => [paintState(item.state, paint), id], width)]
}

function stuckLines(result: StatusResult, width: number, paint: ChalkInstance): string[] {
  const rule = `not done after ${result.stuckAfter}+ attempts`
  const stuck = result.fixPlan?.stuck ?? []
  if (stuck.length === 0) return [`${paint.bold('Stuck')}  none (${rule})`]
  const attempts = (item: BoardItem): Cell => ({text: `${item.attempts} attempts${item.lastAttemptDate === null ? '' : `, last ${item.lastAttemptDate}`}`})
  return [`${paint.bold('Stuck')}  ${stuck.length} (${rule})`, ...itemLines(stuck, (item, id) => [id, attempts(item)], width)]
}

/** Cell text (escaped) and how to paint it once padded. */
interface Cell {
  text: string
  paint?: (text: string) => string
}

/** `  <cells…>  <title>`: each cell column aligned, the title cut to the width. */
function itemLines(items: readonly BoardItem[], cellsOf: (item: BoardItem, id: Cell) => Cell[], width: number): string[] {
  const rows = items.map((item) => cellsOf(item, {text: escapeUntrusted(item.id ?? '-')}))
  const widths = (rows[0] ?? []).map((_, at) => maxOf(rows.map((cells) => widthOf(cells[at].text))) ?? 0)
  return items.map((item, at) => {
    const cells = rows[at].map((cell, column) => (cell.paint ?? String)(padTo(cell.text, widths[column])))
    const used = 2 + widths.reduce((sum, each) => sum + each + GAP.length, 0)
    return `  ${cells.join(GAP)}${GAP}${cutTo(escapeUntrusted(item.title), Math.max(MIN_LABEL, width - used))}`
  })
}

function journalLines(journals: readonly JournalStatus[], width: number, paint: ChalkInstance): string[] {
  if (journals.length === 0) return [`${paint.bold('Journal')}  none: no galph_memory.md; see "journals" in .planledger.json`]
  return journals.flatMap((journal) => {
    const path = cutTo(escapeUntrusted(journal.path), Math.max(MIN_LABEL, width - 30))
    const head = `${paint.bold('Journal')}  ${path}`
    const newest = journal.newest
    if (newest === null) return [`${head}  no timestamped entries`]
    const label = newest.label === '' ? '' : ` ${escapeUntrusted(newest.label)}`
    // Cut the plain text, so color codes in the heading are never counted or cut.
    const about = `newest ${escapeUntrusted(newest.timestamp)}${label} (line ${newest.line}, ${journal.entries} entries)`
    const used = widthOf(`Journal  ${path}  `)
    const lines = [`${head}  ${cutTo(about, Math.max(MIN_LABEL, width - used))}`]
    if (newest.firstLine !== '') lines.push(`  ${cutTo(escapeUntrusted(newest.firstLine), width - 2)}`)
    return lines
  })
}

function paintState(state: BoardItem['state'], paint: ChalkInstance): Cell {
  if (state === 'blocked') return {text: state, paint: paint.red}
  if (state === 'in_progress' || state === 'partial') return {text: state, paint: paint.yellow}
  return {text: state}
}
