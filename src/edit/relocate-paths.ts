import {posix} from 'node:path'
import {escapeRegExp} from '../ledger/escape-regexp.js'
import type {TextEdit} from './text-edit.js'

/** A move, root-relative with `/`: `plans/active/X` → `plans/archive/X` (a folder or a `.md` file). */
export interface Move {
  from: string
  to: string
}

export interface RelocatedText {
  edits: TextEdit[]
  /** How many paths were rewritten. */
  count: number
}

// A relative Markdown link target: `](path)` or `](<path> "title")`.
const INLINE_LINK = /\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|#|\/)/i

/**
 * The edits that keep a document's paths pointing at what moved. Two rules: every mention of the
 * moved path itself (`plans/active/X/…`, also inside `../plans/active/X/…`) names the new place;
 * and a relative link the move breaks (a sibling plan's `../X/plan.md`, or a moved file's own
 * `../Y/plan.md`) is rewritten relative to where the document is after the move. `docPath` and
 * `docPathAfter` are where the document is before and after the move.
 */
export function relocatePaths(text: string, docPath: string, docPathAfter: string, move: Move): RelocatedText {
  const edits: TextEdit[] = []
  const mention = new RegExp(`(?<![\\w.-])${escapeRegExp(move.from)}(?![\\w-]|\\.\\w)`, 'g')
  for (const match of text.matchAll(mention)) edits.push({start: match.index, end: match.index + move.from.length, text: move.to})
  const covered = (start: number, end: number) => edits.some((edit) => edit.start < end && start < edit.end)
  for (const match of text.matchAll(INLINE_LINK)) {
    const target = match[1]
    const start = match.index + match[0].indexOf(target)
    if (URL_LIKE.test(target) || covered(start, start + target.length)) continue
    const rewritten = relinked(target, docPath, docPathAfter, move)
    if (rewritten !== undefined) edits.push({start, end: start + target.length, text: rewritten})
  }
  return {edits, count: edits.length}
}

/** The link target that still leads where `target` led, when the move breaks it; undefined when it still works. */
function relinked(target: string, docPath: string, docPathAfter: string, move: Move): string | undefined {
  const split = /[#?]/.exec(target)?.index ?? target.length
  const [path, suffix] = [target.slice(0, split), target.slice(split)]
  if (path === '') return undefined
  const led = posix.normalize(posix.join(posix.dirname(docPath), path))
  if (led.startsWith('../')) return undefined
  const leadsAfter = movedPath(led, move)
  const readAfter = posix.normalize(posix.join(posix.dirname(docPathAfter), path))
  if (readAfter === leadsAfter) return undefined
  const relative = posix.relative(posix.dirname(docPathAfter), leadsAfter) || '.'
  return relative + (path.endsWith('/') && !relative.endsWith('/') ? '/' : '') + suffix
}

/** Where a root-relative path is after the move. */
export function movedPath(path: string, move: Move): string {
  if (path === move.from) return move.to
  return path.startsWith(move.from + '/') ? move.to + path.slice(move.from.length) : path
}
