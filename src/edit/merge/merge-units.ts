import {conflictBlock} from './conflict-block.js'
import {laterDated} from './later-date.js'
import {mergeLineParts} from './merge-line-parts.js'
import {joinPieces} from './join-pieces.js'
import {mergeLines} from './line-merge.js'
import {describe, linesOf, textOf, type MergeContext} from './merge-context.js'
import {orderAppendedEntries, type MergedPiece} from './appended-entries.js'
import {mergedOrder} from './merged-order.js'
import {childrenOrWhole, type Unit} from './unit-tree.js'

/**
 * Three-way merge of sibling units by key. OURS's order is kept; units only THEIRS has go after
 * the unit that precedes them in THEIRS (and after what only OURS added there). A unit one side
 * left as in BASE takes the other side's text; a unit both changed is merged by its children, by
 * its parts, or line by line, with markers only around what both changed differently.
 */
export function mergeSiblings(context: MergeContext, base: readonly Unit[], ours: readonly Unit[], theirs: readonly Unit[], where: string): string {
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)]
  const pieces: MergedPiece[] = []
  for (const key of mergedOrder(base, ours, theirs, o)) {
    const [inBase, inOurs, inTheirs] = [b.get(key), o.get(key), t.get(key)]
    const unit = (inOurs ?? inTheirs)!
    const text = mergeUnit(context, inBase, inOurs, inTheirs, describe(where, key))
    const side = inBase !== undefined ? 'base' : inOurs !== undefined && inTheirs !== undefined ? 'both' : inOurs !== undefined ? 'ours' : 'theirs'
    const piece: MergedPiece = {key, kind: unit.kind, text, side, date: unit.date, number: inOurs?.number ?? inTheirs?.number}
    pieces.push(piece)
  }
  const ordered = orderAppendedEntries(context, pieces, where)
  // Every unit has a line: a piece without text is one the merge dropped (one side removed it).
  return joinPieces(ordered.map((piece) => piece.text), context.eol)
}

function mergeUnit(context: MergeContext, base: Unit | undefined, ours: Unit | undefined, theirs: Unit | undefined, where: string): string {
  const [baseText, oursText, theirsText] = [textOf(context, 'base', base), textOf(context, 'ours', ours), textOf(context, 'theirs', theirs)]
  if (ours === undefined || theirs === undefined) {
    // Removed on one side: gone if the other side left it alone, else a conflict (never a silent loss).
    if (base === undefined) return oursText || theirsText
    const keptText = ours ? oursText : theirsText
    if (keptText === baseText) return ''
    // Blank lines carry nothing to lose and nothing to conflict over.
    if (isBlank(keptText)) return keptText
    if (onlyEdited(base, (ours ?? theirs)!)) {
      // A removed item is done or archived; edits of its existing lines on the other side add nothing to keep.
      context.notes.push(`dropped: ${where} was removed on ${ours ? 'theirs' : 'ours'}; the other side had only edited its lines`)
      return ''
    }
    context.conflicts++
    context.notes.push(`conflict: ${where} was removed on one side and changed on the other`)
    return conflictBlock(ours ? keptText : '', ours ? '' : keptText, context.markerSize, context.eol)
  }
  if (base !== undefined && oursText === baseText) return theirsText
  if (base !== undefined && theirsText === baseText) return oursText
  if (oursText === theirsText) return oursText
  if (isBlank(oursText) && isBlank(theirsText)) return oursText
  if (base === undefined && (ours.kind === 'attempt' || ours.kind === 'journal-entry')) {
    // Two entries under one heading, one per side: entries are appended, never merged into one.
    context.notes.push(`kept both: ${where}: an entry each side added under the same heading, ours first`)
    return joinPieces([oursText, theirsText], context.eol)
  }
  if ((ours.children || theirs.children) && ours.kind !== 'gap' && theirs.kind !== 'gap') {
    const [b, o, t] = [base ? childrenOrWhole(base, context.base) : [], childrenOrWhole(ours, context.ours), childrenOrWhole(theirs, context.theirs)]
    return mergeSiblings(context, b, o, t, where)
  }
  if (ours.kind === 'last-updated' && theirs.kind === 'last-updated') {
    const later = laterDated(oursText, theirsText)
    if (later !== undefined) return later
  }
  const [baseLines, oursLines, theirsLines] = [base ? linesOf(context, 'base', base) : [], linesOf(context, 'ours', ours), linesOf(context, 'theirs', theirs)]
  if (baseLines.length === 1 && oursLines.length === 1 && theirsLines.length === 1) {
    const merged = mergeLineParts(baseLines[0], oursLines[0], theirsLines[0], ours.kind === 'index-row')
    if (merged !== undefined) return merged
  }
  // A unit both sides added (a field, a row) is one value written twice: never both kept. Unless
  // both wrote the same first line (`- Attempts History:`) and differ below it: that line is their
  // common base, and list items each side put under it are all kept, as under a field BASE had.
  const sameHead = base === undefined && oursLines.length > 1 && theirsLines.length > 1 && oursLines[0] === theirsLines[0]
  const merged = sameHead
    ? mergeLines([oursLines[0]], oursLines, theirsLines, context.markerSize, context.eol, true)
    : mergeLines(baseLines, oursLines, theirsLines, context.markerSize, context.eol, base !== undefined || ours.kind === 'gap')
  if (merged.appended > 0) context.notes.push(`kept both: ${where}: list items both sides added at one place, ours first`)
  if (merged.conflicts > 0) {
    context.conflicts += merged.conflicts
    context.notes.push(`conflict: ${where} was changed differently on both sides`)
  }
  return merged.text
}

/**
 * The side edited the unit but added nothing to it: no child unit BASE lacks (an attempt, a field,
 * a task), and no more lines in a unit without children.
 */
function onlyEdited(base: Unit, unit: Unit): boolean {
  if (unit.kind === 'gap') return false
  if (!unit.children) return unit.to - unit.from <= base.to - base.from
  const inBase = new Map((base.children ?? []).map((child) => [child.key, child]))
  return unit.children.every((child) => {
    const before = inBase.get(child.key)
    if (before === undefined) return false
    return child.kind === 'gap' ? child.to - child.from <= before.to - before.from : onlyEdited(before, child)
  })
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}

function byKey(units: readonly Unit[]): Map<string, Unit> {
  return new Map(units.map((unit) => [unit.key, unit]))
}
