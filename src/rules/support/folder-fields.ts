import type {FixPlanItem} from '../../ledger/model.js'
import {memoizeByString} from '../../ledger/string-memo.js'
import {evidencePathOf} from './evidence-paths.js'

// `Artifacts Root:`, `Reports:`, `Artifacts:`, `Evidence folder:`, `Output dir:` and the like.
const FOLDER_KEY = String.raw`(?:artifacts?|reports?|evidence|outputs?)(?:[ _-]+(?:root|dir|directory|folder|path|base|hub))?`
const KEY_ONLY = new RegExp(`^${FOLDER_KEY}$`, 'i')
const FIELD_LINE = new RegExp(String.raw`^[ \t>*+-]*(?:\*\*|__)?${FOLDER_KEY}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(.*)$`, 'gim')

/** The paths an item's artifact-folder fields name (`- Artifacts Root: \`plans/active/X/reports/\``). */
export function folderFieldPathsOf(item: FixPlanItem): string[] {
  return item.fields.filter((field) => KEY_ONLY.test(field.key.trim())).flatMap((field) => pathsInValue(field.value))
}

/** The paths named by artifact-folder field lines anywhere in a text (a plan's header). Once per text. */
export const folderFieldPathsIn: (text: string) => readonly string[] = memoizeByString((text) => {
  const paths: string[] = []
  for (const match of text.matchAll(FIELD_LINE)) paths.push(...pathsInValue(match[1]))
  return paths
}, 64)

/** Code spans of a field value, else its words, that are concrete paths. */
function pathsInValue(value: string): string[] {
  const spans = [...value.matchAll(/`([^`]+)`/g)].map((match) => match[1])
  const words = spans.length > 0 ? spans : value.split(/[\s,;()]+/)
  return words.flatMap((word) => {
    const evidence = evidencePathOf(word.replace(/^\*+|\*+$/g, ''))
    return evidence?.kind === 'path' ? [...evidence.paths] : []
  })
}
