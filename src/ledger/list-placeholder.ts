// What a list item says when it only stands for an empty list: `(empty)`, `None`, `_nothing yet_`, `—`, `n/a`, `TBD`.
const PLACEHOLDER = /^[(_*\s]*(?:empty|none|nothing(?: yet)?|none yet|n\/a|tbd|—|–|-)[)_*.\s]*$/i

/** Whether an item's text (after its bullet or number) only says that its list is empty. */
export function isEmptyListPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim())
}
