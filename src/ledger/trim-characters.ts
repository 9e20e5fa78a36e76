/** Characters to trim: each character of a string, or each single character a RegExp matches. */
export type CharacterSet = string | RegExp

/**
 * `text` without the run of `lead` characters at its start and of `trail` characters at its end.
 * By hand: an anchored `[…]+$` regex rescans a long run from each of its characters (quadratic).
 */
export function trimCharacters(text: string, lead: CharacterSet, trail: CharacterSet = lead): string {
  let start = 0
  let end = text.length
  while (start < end && inSet(lead, text[start])) start++
  while (end > start && inSet(trail, text[end - 1])) end--
  return text.slice(start, end)
}

function inSet(set: CharacterSet, char: string): boolean {
  return typeof set === 'string' ? set.includes(char) : set.test(char)
}
