import {escapeRegExp} from '../ledger/escape-regexp.js'

/** `ID` as a whole token, any case (so `#policy-001` counts), never inside a longer ID such as `POLICY-001-B`. */
export function mentionsId(text: string, id: string): boolean {
  const escaped = escapeRegExp(id)
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'iu').test(text)
}

/**
 * Whether a guidance cell already cites `id`: in a link (its text or its target), or in a
 * `Findings:` clause. A bare mention in prose does not count: linking it is what `link` is for.
 */
export function citesInCell(text: string, id: string): boolean {
  // No brackets inside a link's parts: a `[` without its `](…)` would rescan the rest of the cell from every later `[`.
  for (const link of text.matchAll(/\[([^[\]]*)\]\(([^()[\]]*)\)/g)) if (mentionsId(link[1], id) || mentionsId(link[2], id)) return true
  for (const clause of text.matchAll(/\bFindings(?: applied)?:(.*?)(?:\.(?=\s|$)|<br>|$)/gis)) if (mentionsId(clause[1], id)) return true
  return false
}
