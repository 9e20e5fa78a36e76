/** `text` in at most `width` characters, cut with `…`, never inside an escape such as `\u{E0041}`. */
export function cutTo(text: string, width: number): string {
  const characters = [...text]
  if (characters.length <= width) return text
  if (width <= 0) return ''
  const kept = characters.slice(0, width - 1).join('').replace(/\\(?:x[0-9A-F]?|u[0-9A-F]{0,3}|u\{[0-9A-F]*)?$/, '')
  return `${kept}…`
}

/** Characters as a terminal counts them here (code points: wide characters are not measured). */
export function widthOf(text: string): number {
  return [...text].length
}

export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)))
}
