import {dropAddedPlaceholders} from './drop-placeholders.js'
import {readLists, type MergeVersions} from './merged-lists.js'
import {renumberMergedLists} from './renumber-lists.js'

export interface MergedTexts {
  merged: string
  base: string
  ours: string
  theirs: string
  /** The merge's conflict marker length: a block of markers that size is left as the sides wrote it. */
  markerSize: number
}

/**
 * What a person does to lists after merging them: drops the `(empty)` one side wrote where the
 * other side's items stayed, then renumbers numbered lists the merge reshaped. Notes say each.
 */
export function tidyMergedLists(texts: MergedTexts, notes: string[]): string {
  // The three versions are read only when a merged list needs comparing with them (most never do).
  let versions: MergeVersions | undefined
  const read = (text: string) => readLists(text, texts.markerSize)
  const readVersions = () => (versions ??= {base: read(texts.base), ours: read(texts.ours), theirs: read(texts.theirs)})
  const merged = read(texts.merged)
  const withoutPlaceholders = dropAddedPlaceholders(merged, readVersions, notes)
  return renumberMergedLists(withoutPlaceholders === texts.merged ? merged : read(withoutPlaceholders), readVersions, notes)
}
