/**
 * How an append-only list changed: which baseline entries were edited, deleted or moved. Entries
 * are compared by text. New entries are not reported wherever they stand: agents do put them
 * mid-list, and that loses nothing.
 */
export interface HistoryEntryText {
  text: string
  /** `Attempt #N`: an edit keeps the number, so two different numbers are a deletion plus a new entry. */
  number?: number
}

export type HistoryChange =
  | {kind: 'edited'; baseline: number; current: number}
  | {kind: 'moved'; baseline: number; current: number}
  | {kind: 'deleted'; baseline: number[]; /** The current entry now in their place, if any. */ current?: number}

/**
 * Lines appended to the newest baseline entry (`attempt --amend`) lose nothing: the entry that
 * extends it line-wise is compared as the entry it extends. Any change to its existing text still shows.
 */
export function forgiveAmendedNewest(baseline: readonly HistoryEntryText[], current: readonly HistoryEntryText[], newest = baseline.length - 1): HistoryEntryText[] {
  const last = baseline[newest]
  if (!last || current.some((entry) => entry.text === last.text)) return [...current]
  const at = current.findIndex((entry) => entry.text.startsWith(last.text + '\n'))
  if (at < 0) return [...current]
  return current.map((entry, index) => (index === at ? {...entry, text: last.text} : entry))
}

export function diffHistory(baseline: HistoryEntryText[], current: HistoryEntryText[]): HistoryChange[] {
  if (baseline.every((entry, index) => current[index]?.text === entry.text)) return []
  const pairs = commonSubsequence(baseline, current)
  const changes: HistoryChange[] = []
  const movedFrom = new Set<number>()
  const movedTo = new Set<number>()
  // An unmatched baseline entry whose exact text is still there, elsewhere, was moved.
  const unmatchedCurrent = new Map<string, number[]>()
  const matchedCurrent = new Set(pairs.map(([, c]) => c))
  current.forEach((entry, index) => {
    if (!matchedCurrent.has(index)) unmatchedCurrent.set(entry.text, [...(unmatchedCurrent.get(entry.text) ?? []), index])
  })
  const matchedBaseline = new Set(pairs.map(([b]) => b))
  baseline.forEach((entry, index) => {
    if (matchedBaseline.has(index)) return
    const target = unmatchedCurrent.get(entry.text)?.shift()
    if (target === undefined) return
    movedFrom.add(index)
    movedTo.add(target)
    changes.push({kind: 'moved', baseline: index, current: target})
  })
  // What is left sits in gaps between matched anchors: an old entry facing a new one was edited, else deleted.
  const anchors: Array<[number, number]> = [[-1, -1], ...pairs, [baseline.length, current.length]]
  for (let gap = 0; gap + 1 < anchors.length; gap++) {
    const [fromB, fromC] = anchors[gap]
    const [toB, toC] = anchors[gap + 1]
    const gone = range(fromB + 1, toB).filter((index) => !movedFrom.has(index))
    const added = range(fromC + 1, toC).filter((index) => !movedTo.has(index))
    const deleted: number[] = []
    for (const b of gone) {
      const c = added[0]
      if (c !== undefined && sameEntry(baseline[b], current[c])) {
        changes.push({kind: 'edited', baseline: b, current: c})
        added.shift()
      } else deleted.push(b)
    }
    if (deleted.length > 0) changes.push({kind: 'deleted', baseline: deleted, current: added[0] ?? (toC < current.length ? toC : undefined)})
  }
  return changes.sort((a, b) => firstCurrent(a) - firstCurrent(b))
}

/** An edit keeps the entry's number; without numbers, the entry in the same slot counts as edited. */
function sameEntry(before: HistoryEntryText, after: HistoryEntryText): boolean {
  return before.number === undefined || after.number === undefined || before.number === after.number
}

function firstCurrent(change: HistoryChange): number {
  return change.current ?? Number.MAX_SAFE_INTEGER
}

function range(from: number, to: number): number[] {
  const result: number[] = []
  for (let index = from; index < to; index++) result.push(index)
  return result
}

/** Index pairs of a longest common subsequence by text (quadratic, but only run when the histories differ). */
function commonSubsequence(a: HistoryEntryText[], b: HistoryEntryText[]): Array<[number, number]> {
  const rows = a.length + 1
  const cols = b.length + 1
  const table = new Uint32Array(rows * cols)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i].text === b[j].text ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1])
    }
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i].text === b[j].text) pairs.push([i++, j++])
    else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) i++
    else j++
  }
  return pairs
}
