import {itemNumber, type ListBlock} from '../../ledger/list-blocks.js'
import {applyEdits, type TextEdit} from '../text-edit.js'
import {counterpart, describeList, type MergeVersions, type VersionLists} from './merged-lists.js'

/**
 * A numbered list the merge gave items to or took items from (its numbers are neither side's)
 * that no longer counts up by one is renumbered from where the list started on OURS (else THEIRS).
 * Only the wrong numbers change; delimiters and spacing stay. Lists numbered `1.` throughout on a
 * side are left so, and lists the merge took whole from one side keep their numbers, odd or not.
 */
export function renumberMergedLists(merged: VersionLists, versions: () => MergeVersions, notes: string[]): string {
  const edits: TextEdit[] = []
  for (const list of merged.lists) {
    const numbers = numbersOf(list)
    // Counting 1, 2, 3 already: nothing a renumbering could change.
    if (!list.numbered || numbers.every((number, index) => number === index + 1) || merged.nearConflict(list)) continue
    const {ours: oursLists, theirs: theirsLists, base: baseLists} = versions()
    const [ours, theirs, base] = [oursLists, theirsLists, baseLists].map((version) => counterpart(list, version))
    if ([ours, theirs].some((side) => side !== undefined && sameNumbers(numbersOf(side), numbers))) continue
    if ([ours, theirs, base].some((side) => side !== undefined && side.items.length > 1 && new Set(numbersOf(side)).size === 1)) continue
    const start = numbersOf(ours ?? theirs ?? list)[0]
    const changed: string[] = []
    list.items.forEach(({item}, index) => {
      const wanted = start + index
      if (numbers[index] === wanted) return
      const digits = item.marker.length - 1
      // `07.` stays two digits wide: `08.`.
      const width = item.marker.startsWith('0') ? digits : 0
      edits.push({start: item.markerStart, end: item.markerStart + digits, text: String(wanted).padStart(width, '0')})
      changed.push(`${numbers[index]}→${wanted}`)
    })
    if (changed.length > 0) notes.push(`renumbered: the numbered ${describeList(list)}: ${changed.join(', ')}, as the merge added or dropped items`)
  }
  return applyEdits(merged.doc.text, edits)
}

function numbersOf(list: ListBlock): number[] {
  return list.items.map(({item}) => itemNumber(item) ?? 0)
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((number, index) => number === b[index])
}
