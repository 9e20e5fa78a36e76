// What is left once emphasis, brackets and a closing period are taken off: a word saying "nothing here".
const SAYS_EMPTY = /^(?:empty|none|nothing|n\/a|tbd|—|–)(?:\s+yet)?$/i

/**
 * A list item's text that only says the list is empty: `(empty)`, `none`, `_(none yet)_`, `N/A`,
 * `TBD`, `—`; any case, with or without emphasis, parentheses or brackets.
 */
export function isEmptyListPlaceholder(text: string): boolean {
  const core = text.replace(/^[\s*_~(\[]+/, '').replace(/[\s*_~)\].]+$/, '')
  return SAYS_EMPTY.test(core)
}
