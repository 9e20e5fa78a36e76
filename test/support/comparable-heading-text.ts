/**
 * Heading text reduced so that the scanner's raw title and remark's rendered text compare equal when
 * they say the same thing: the raw side loses its link targets, HTML tags and escapes, and both sides
 * lose emphasis and code marks and extra whitespace.
 */
export function comparableHeadingText(text: string, from: 'markdown' | 'plain'): string {
  let reduced = text
  if (from === 'markdown') {
    reduced = reduced
      .replace(/\]\([^)]*\)/g, ']') // [text](target) shows only its text
      .replace(/<(https?:[^>\s]*)>/g, '$1') // <https://...> autolinks show their address
      .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML is no text
      .replace(/\\([!-/:-@[-`{-~])/g, '$1') // backslash escapes show the character
      .replace(/&(amp|lt|gt|quot|nbsp);/g, (_all, name: string) => ENTITIES[name])
  }
  return reduced
    .replace(/[*_`~[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' '}
