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
  const barWidth = width >= 100 ? 20 : 10
  const room = width - PHASE_INDENT.length - (barWidth + 2) - 2 * GAP.length - countsWidth
  const labelWidth = Math.min(maxOf(phases.map((phase) => widthOf(label(phase)))) ?? 0, Math.max(MIN_LABEL, room))
  const lines: string[] = []
  for (const initiative of initiatives) {
    const summary = initiative.plans.length === 0 ? 'no task rows' : countsText(initiative.counts)
    lines.push(`${paint.bold(cutTo(escapeUntrusted(initiative.id), Math.max(MIN_LABEL, width - summary.length - GAP.length)))}${GAP}${summary}`)
    for (const plan of initiative.plans) {
      lines.push(`  ${cutTo(escapeUntrusted(plan.path), width - 2)}`)
      for (const phase of plan.phases) {
        const cells = [padTo(cutTo(label(phase), labelWidth), labelWidth), progressBar(phase.counts, barWidth, paint), countsText(phase.counts)]
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
  const head = `${paint.bold('Fix plan')}  ${escapeUntrusted(board.path)}  ${what}`
  const listed = [...board.inProgress, ...board.blocked]
  return [head, ...itemLines(listed, (item) => item.state, width, paint)]
}

function stuckLines(result: StatusResult, width: number, paint: ChalkInstance): string[] {
  const rule = `not done after ${result.stuckAfter}+ attempts`
  const stuck = result.fixPlan?.stuck ?? []
  if (stuck.length === 0) return [`${paint.bold('Stuck')}  none (${rule})`]
  const attempts = (item: BoardItem) => `${item.attempts} attempts${item.lastAttemptDate === null ? '' : `, last ${item.lastAttemptDate}`}`
  return [`${paint.bold('Stuck')}  ${stuck.length} (${rule})`, ...itemLines(stuck, attempts, width, paint)]
}

/** `  <lead>  <ID>  <title>`, leads and IDs aligned, the title cut to the width. */
function itemLines(items: readonly BoardItem[], lead: (item: BoardItem) => string, width: number, paint: ChalkInstance): string[] {
  const ids = items.map((item) => escapeUntrusted(item.id ?? '-'))
  const leadWidth = maxOf(items.map((item) => widthOf(lead(item)))) ?? 0
  const idWidth = maxOf(ids.map(widthOf)) ?? 0
  return items.map((item, at) => {
    const before = `  ${padTo(lead(item), leadWidth)}${GAP}${padTo(ids[at], idWidth)}${GAP}`
    const title = cutTo(escapeUntrusted(item.title), Math.max(MIN_LABEL, width - widthOf(before)))
    return `  ${paintState(padTo(lead(item), leadWidth), item.state, paint)}${GAP}${padTo(ids[at], idWidth)}${GAP}${title}`
  })
}

function journalLines(journals: readonly JournalStatus[], width: number, paint: ChalkInstance): string[] {
  if (journals.length === 0) return [`${paint.bold('Journal')}  none (no galph_memory.md at the root; see "journals" in .planledger.json)`]
  return journals.flatMap((journal) => {
    const head = `${paint.bold('Journal')}  ${escapeUntrusted(journal.path)}`
    const newest = journal.newest
    if (newest === null) return [`${head}  no timestamped entries`]
    const label = newest.label === '' ? '' : ` ${escapeUntrusted(newest.label)}`
    // Cut the plain text, so color codes in the heading are never counted or cut.
    const about = `newest ${escapeUntrusted(newest.timestamp)}${label} (line ${newest.line}, ${journal.entries} entries)`
    const lines = [`${head}  ${cutTo(about, Math.max(MIN_LABEL, width - widthOf(`Journal  ${escapeUntrusted(journal.path)}  `)))}`]
    if (newest.firstLine !== '') lines.push(`  ${cutTo(escapeUntrusted(newest.firstLine), width - 2)}`)
    return lines
  })
}

function paintState(text: string, state: BoardItem['state'], paint: ChalkInstance): string {
  if (state === 'blocked') return paint.red(text)
  if (state === 'in_progress' || state === 'partial') return paint.yellow(text)
  return text
}
