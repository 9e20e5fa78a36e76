import {diffArrays} from 'diff'
import {opensListItem} from '../../ledger/list-item-line.js'
import {conflictBlock} from './conflict-block.js'
import {withoutEol} from './merge-lines.js'

/** One side's change to the base: base lines [from, to) became `lines`. */
interface Hunk {
  from: number
  to: number
  lines: string[]
  side: 'ours' | 'theirs'
}

export interface LineMergeResult {
  text: string
  conflicts: number
  /** Places where both sides appended list items, all kept. */
  appended: number
}

/**
 * A line-based three-way merge (diff3) for what the structural merge cannot interpret (prose,
 * unknown structure). Changes of one side apply; changes of both sides that overlap, or insertions
 * of both at one place, become one conflict block unless both made the same change (or, with
 * `keepBothLists`, both inserted only list items there: all kept). Pure, so the engine needs no
 * `git merge-file` process and runs the same in tests.
 */
export function mergeLines(base: readonly string[], ours: readonly string[], theirs: readonly string[], markerSize: number, eol: string, keepBothLists = true): LineMergeResult {
  const hunks = [...hunksOf(base, ours, 'ours'), ...hunksOf(base, theirs, 'theirs')].sort((a, b) => a.from - b.from || a.to - b.to)
  let text = ''
  let conflicts = 0
  let appended = 0
  let at = 0
  for (let next = 0; next < hunks.length; ) {
    const group = [hunks[next]]
    let to = hunks[next].to
    next++
    // Hunks that overlap the group join it, and lines both sides insert at one place. Unlike git, a
    // change that only touches another (a bullet edited, one added after it) is no conflict: ledgers are lists.
    while (next < hunks.length && (hunks[next].from < to || (hunks[next].from === to && hunks[next].to === to && group.every((hunk) => hunk.from === to && hunk.to === to)))) {
      to = Math.max(to, hunks[next].to)
      group.push(hunks[next])
      next++
    }
    const from = group[0].from
    text += base.slice(at, from).join('')
    const sideText = (side: 'ours' | 'theirs') => applyHunks(base, from, to, group.filter((hunk) => hunk.side === side))
    const [oursText, theirsText] = [sideText('ours'), sideText('theirs')]
    const bothChanged = group.some((hunk) => hunk.side === 'ours') && group.some((hunk) => hunk.side === 'theirs')
    if (!bothChanged) text += group[0].side === 'ours' ? oursText : theirsText
    else if (oursText === theirsText) text += oursText
    else if (group.every((hunk) => hunk.from === hunk.to)) {
      // Both sides inserted at one place. Lines both begin with (a new `## Attempts log` heading)
      // are written once; list items after them are all kept, ours first, as attempts are.
      const [oursLines, theirsLines] = [insertedLines(group, 'ours'), insertedLines(group, 'theirs')]
      const shared = sharedPrefixLength(oursLines, theirsLines)
      const [oursRest, theirsRest] = [oursLines.slice(shared), theirsLines.slice(shared)]
      text += oursLines.slice(0, shared).join('')
      if (keepBothLists && [...oursRest, ...theirsRest].every(isListLine)) {
        text += oursRest.join('') + theirsRest.join('')
        appended++
      } else {
        text += conflictBlock(oursRest.join(''), theirsRest.join(''), markerSize, eol)
        conflicts++
      }
    } else {
      text += conflictBlock(oursText, theirsText, markerSize, eol)
      conflicts++
    }
    at = to
  }
  text += base.slice(at).join('')
  return {text, conflicts, appended}
}

function insertedLines(group: readonly Hunk[], side: Hunk['side']): string[] {
  return group.filter((hunk) => hunk.side === side).flatMap((hunk) => hunk.lines)
}

function sharedPrefixLength(a: readonly string[], b: readonly string[]): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/** A list item, a line continuing one (indented), or a blank line between them. */
function isListLine(line: string): boolean {
  // Without its line ending: a bare marker (`-`) opens an item only at the end of the line.
  return opensListItem(withoutEol(line)) || /^[ \t]+\S/.test(line) || line.trim() === ''
}

function hunksOf(base: readonly string[], other: readonly string[], side: Hunk['side']): Hunk[] {
  const hunks: Hunk[] = []
  let at = 0
  let open: Hunk | undefined
  for (const change of diffArrays(base as string[], other as string[])) {
    const count = change.value.length
    if (!change.added && !change.removed) {
      open = undefined
      at += count
      continue
    }
    if (open === undefined) {
      open = {from: at, to: at, lines: [], side}
      hunks.push(open)
    }
    if (change.removed) {
      at += count
      open.to = at
    } else open.lines.push(...change.value)
  }
  return hunks
}

/** One side's text for base lines [from, to), its hunks applied. */
function applyHunks(base: readonly string[], from: number, to: number, hunks: readonly Hunk[]): string {
  let text = ''
  let at = from
  for (const hunk of hunks) {
    text += base.slice(at, hunk.from).join('') + hunk.lines.join('')
    at = hunk.to
  }
  return text + base.slice(at, to).join('')
}
