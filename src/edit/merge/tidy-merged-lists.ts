import {dropAddedPlaceholders} from './drop-placeholders.js'
import {readLists, type MergeVersions} from './merged-lists.js'
import {renumberMergedLists} from './renumber-lists.js'

export interface MergedTexts {
  merged: string
  base: string
  ours: string
  theirs: string
}

/**
 * What a person does to lists after merging them: drops the `(empty)` one side wrote where the
 * other side's items stayed, then renumbers numbered lists the merge reshaped. Notes say each.
 */
export function tidyMergedLists(texts: MergedTexts, notes: string[]): string {
  // The three versions are read only when a merged list needs comparing with them (most never do).
  let versions: MergeVersions | undefined
  const readVersions = () => (versions ??= {base: readLists(texts.base), ours: readLists(texts.ours), theirs: readLists(texts.theirs)})
  const merged = readLists(texts.merged)
  const withoutPlaceholders = dropAddedPlaceholders(merged, readVersions, notes)
  return renumberMergedLists(withoutPlaceholders === texts.merged ? merged : readLists(withoutPlaceholders), readVersions, notes)
}
