import {diffArrays} from 'diff'
import {splitKeepingEols} from '../../src/edit/merge/merge-lines.js'

/**
 * Two consecutive real edits made on two branches: the edit `before → after` replayed onto
 * `onto` (an older version `before` was edited from). Each hunk is placed where its lines sit in
 * `onto`: removed lines that `onto` has are removed, added lines go before the next line `onto`
 * shares with `before`. Lines only `before` has (the first edit's) are left out.
 */
export function rebaseEdit(onto: string, before: string, after: string): string {
  const [ontoLines, beforeLines, afterLines] = [splitKeepingEols(onto), splitKeepingEols(before), splitKeepingEols(after)]
  // For each line of `before`, its index in `onto`, or -1 for a line the first edit added.
  const inOnto: number[] = []
  let [o, b] = [0, 0]
  for (const change of diffArrays(ontoLines, beforeLines)) {
    for (const _ of change.value) {
      if (change.removed) o++
      else if (change.added) inOnto[b++] = -1
      else inOnto[b++] = o++
    }
  }
  const ontoAt = (line: number) => {
    for (let at = line; at < beforeLines.length; at++) if (inOnto[at] >= 0) return inOnto[at]
    return ontoLines.length
  }
  const removed = new Set<number>()
  const inserted = new Map<number, string[]>()
  b = 0
  for (const change of diffArrays(beforeLines, afterLines)) {
    if (change.added) {
      const at = ontoAt(b)
      inserted.set(at, [...(inserted.get(at) ?? []), ...change.value])
    } else
      for (const _ of change.value) {
        if (change.removed && inOnto[b] >= 0) removed.add(inOnto[b])
        b++
      }
  }
  let text = ''
  for (let at = 0; at <= ontoLines.length; at++) {
    text += (inserted.get(at) ?? []).join('')
    if (at < ontoLines.length && !removed.has(at)) text += ontoLines[at]
  }
  return text
}
