import type {ChalkInstance} from 'chalk'
import type {RowCounts} from '../app/status/row-counts.js'

// Done and skipped (both settled), partial, blocked, then the rest: each state's share of the bar, in the order work moves.
const SEGMENTS = [
  {state: 'done', glyph: '#', paint: (paint: ChalkInstance) => paint.green},
  {state: 'skipped', glyph: '-', paint: (paint: ChalkInstance) => paint.dim},
  {state: 'partial', glyph: '~', paint: (paint: ChalkInstance) => paint.yellow},
  {state: 'blocked', glyph: '!', paint: (paint: ChalkInstance) => paint.red},
  {state: 'open', glyph: '.', paint: (paint: ChalkInstance) => paint.dim},
  {state: 'unknown', glyph: '?', paint: (paint: ChalkInstance) => paint.dim},
] as const

/**
 * `[####~~!...]`: `width` cells between the brackets, each state's share rounded so the shares
 * always add up to the width (a state with rows may get no cell when the bar is short).
 */
export function progressBar(counts: RowCounts, width: number, paint: ChalkInstance): string {
  if (counts.total === 0) return `[${' '.repeat(width)}]`
  let cells = ''
  let before = 0
  let shown = 0
  for (const segment of SEGMENTS) {
    before += counts[segment.state]
    const end = Math.round((before / counts.total) * width)
    if (end > shown) cells += segment.paint(paint)(segment.glyph.repeat(end - shown))
    shown = end
  }
  return `[${cells}]`
}

// `skip`, not `skipped`: with all six states at three digits the line still fits 90 columns.
const NAMES = {partial: 'partial', open: 'open', blocked: 'blocked', skipped: 'skip', unknown: 'unknown'} as const

/** `2/3 done, 1 partial`: done out of all, then every other state that has rows. */
export function countsText(counts: RowCounts): string {
  const others = (['partial', 'open', 'blocked', 'skipped', 'unknown'] as const).filter((state) => counts[state] > 0).map((state) => `${counts[state]} ${NAMES[state]}`)
  return [`${counts.done}/${counts.total} done`, ...others].join(', ')
}
