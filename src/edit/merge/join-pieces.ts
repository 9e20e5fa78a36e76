import {splitKeepingEols} from './merge-lines.js'

/**
 * Joins merged siblings' texts. A piece that ended a file without a line ending gets one when more
 * text follows, so two sides' last lines never run together. An empty piece is a unit the merge
 * dropped (every unit has a line): the blank lines around it are closed, a run of blank lines that
 * drops cut into parts keeping only its longest part, so dropping a unit never leaves more blank
 * lines between its neighbours than the file had on either side of it.
 */
export function joinPieces(pieces: readonly string[], eol: string): string {
  let text = ''
  const drops: number[] = []
  let dropPending = false
  for (const piece of pieces) {
    if (piece === '') {
      dropPending = true
      continue
    }
    if (text !== '' && !text.endsWith('\n')) text += eol
    if (dropPending && text !== '') drops.push(text.length)
    dropPending = false
    text += piece
  }
  return drops.length === 0 ? text : closeBlankRuns(text, drops)
}

/** The text with each blank run holding a drop cut down to its longest part (the first, on a tie). */
function closeBlankRuns(text: string, drops: readonly number[]): string {
  const lines = splitKeepingEols(text)
  const lineAt = new Map<number, number>()
  let offset = 0
  lines.forEach((line, index) => {
    lineAt.set(offset, index)
    offset += line.length
  })
  const boundaries = new Set(drops.map((drop) => lineAt.get(drop)).filter((line) => line !== undefined))
  const removed = new Set<number>()
  const isBlank = (index: number) => lines[index].trim() === ''
  for (const boundary of boundaries) {
    let [start, end] = [boundary, boundary]
    while (start > 0 && isBlank(start - 1)) start--
    while (end < lines.length && isBlank(end)) end++
    // The run's parts, between the drops inside it; the longest stays.
    const cuts = [start, ...[...boundaries].filter((cut) => cut > start && cut < end).sort((a, b) => a - b), end]
    let longest = 0
    for (let at = 1; at < cuts.length; at++) if (cuts[at] - cuts[at - 1] > cuts[longest + 1] - cuts[longest]) longest = at - 1
    for (let line = start; line < end; line++) if (line < cuts[longest] || line >= cuts[longest + 1]) removed.add(line)
  }
  return lines.filter((_, index) => !removed.has(index)).join('')
}
