import {attemptNumberDigits} from '../../ledger/fix-plan/attempt-number.js'
import {compareDateMoments, writtenDateDigits} from '../../ledger/ledger-dates.js'
import {describe, type MergeContext} from './merge-context.js'
import type {UnitKind} from './unit-tree.js'

/** A merged sibling: its text and where it came from (`base`: in BASE; `both`: added alike on both sides). */
export interface MergedPiece {
  key: string
  kind: UnitKind
  text: string
  side: 'base' | 'ours' | 'theirs' | 'both'
  date?: string
  number?: number
}

const ENTRY_KINDS: ReadonlySet<UnitKind> = new Set(['attempt', 'journal-entry'])

/**
 * Entries appended on both sides (attempts, journal entries) are all kept: each run of them is
 * ordered by date, then side (ours first), in the ledger's own direction; a gap travels with the
 * entry it introduces. Then an attempt number both sides took is renumbered on the later entry.
 */
export function orderAppendedEntries(context: MergeContext, pieces: readonly MergedPiece[], where: string): MergedPiece[] {
  const ordered: MergedPiece[] = []
  for (let at = 0; at < pieces.length; ) {
    if (!isAppended(pieces[at])) {
      ordered.push(pieces[at++])
      continue
    }
    let end = at
    while (end < pieces.length && isAppended(pieces[end])) end++
    ordered.push(...sortedRun(context, pieces.slice(at, end)))
    at = end
  }
  return renumberAttempts(context, ordered, where)
}

function isAppended(piece: MergedPiece): boolean {
  return (piece.side === 'ours' || piece.side === 'theirs') && (piece.kind === 'gap' || ENTRY_KINDS.has(piece.kind))
}

function sortedRun(context: MergeContext, run: readonly MergedPiece[]): MergedPiece[] {
  // A gap travels with the entry it introduces (oldest-first) or the entry above it (newest-first).
  const blocks: MergedPiece[][] = []
  const lead: MergedPiece[] = []
  let pending: MergedPiece[] = []
  for (const piece of run) {
    const isEntry = ENTRY_KINDS.has(piece.kind)
    if (context.newestFirst) {
      if (isEntry) blocks.push([piece])
      else (blocks.at(-1) ?? lead).push(piece)
      continue
    }
    pending.push(piece)
    if (isEntry) {
      blocks.push(pending)
      pending = []
    }
  }
  if (blocks.length === 0) return [...run]
  blocks.at(-1)!.push(...pending)
  const entry = (block: readonly MergedPiece[]) => block.find((piece) => ENTRY_KINDS.has(piece.kind))!
  const sides = new Set(blocks.map((block) => entry(block).side))
  const dated = blocks.map((block, index) => ({block, index, digits: writtenDateDigits(entry(block).date ?? '')}))
  if (sides.size < 2 || dated.some(({digits}) => digits === undefined)) return [...run]
  const sorted = dated.sort((a, b) => {
    const order = compareDateMoments(a.digits!, b.digits!)
    if (order !== 0) return context.newestFirst ? -order : order
    return a.index - b.index
  })
  return [...lead, ...sorted.flatMap(({block}) => block)]
}

function renumberAttempts(context: MergeContext, pieces: readonly MergedPiece[], where: string): MergedPiece[] {
  const takenBy = new Map<number, MergedPiece['side']>()
  let highest = -1
  for (const piece of pieces) if (piece.kind === 'attempt' && piece.number !== undefined) highest = Math.max(highest, piece.number)
  return pieces.map((piece) => {
    if (piece.kind !== 'attempt' || piece.number === undefined) return piece
    const earlier = takenBy.get(piece.number)
    const clash = earlier !== undefined && (piece.side === 'ours' || piece.side === 'theirs') && earlier !== piece.side && earlier !== 'base'
    if (!clash) {
      takenBy.set(piece.number, piece.side)
      return piece
    }
    const number = ++highest
    takenBy.set(number, 'both')
    context.notes.push(`renumbered: ${describe(where, piece.key)}: #${piece.number} was taken on both sides, now #${number}`)
    return {...piece, number, text: renumbered(piece.text, piece.number, number)}
  })
}

/** The entry with its first `#N` (on its first line) written as `#M`. */
function renumbered(text: string, from: number, to: number): string {
  const lineEnd = text.indexOf('\n')
  const first = lineEnd === -1 ? text : text.slice(0, lineEnd)
  const digits = attemptNumberDigits(first, from)
  if (digits === undefined) return text
  return first.slice(0, digits.start) + String(to) + text.slice(digits.end)
}
