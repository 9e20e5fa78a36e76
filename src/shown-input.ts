/** How many characters of a value typed by the user an error message repeats, at most. */
export const SHOWN_INPUT_LIMIT = 80

/**
 * A user-supplied ID or value as an error message repeats it: whole when short, else cut to
 * `limit` characters ending in `…`, so a 100,000-character argument does not flood the terminal.
 * Counted in code points, so a cut never splits a surrogate pair.
 */
export function shownInput(value: string, limit = SHOWN_INPUT_LIMIT): string {
  if (value.length <= limit) return value
  const points = [...value]
  return points.length <= limit ? value : `${points.slice(0, limit - 1).join('')}…`
}
