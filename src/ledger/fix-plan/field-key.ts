import {trimEnd} from './fix-plan-lines.js'

/** Where key and value sit in a `Key: value` text (indices into that text). */
export interface FieldKey {
  key: string
  keyStart: number
  keyEnd: number
  valueStart: number
  valueEnd: number
}

// Keys are short labels (`Owner/Date`, `Spec/AT`, `Exit Criteria (Phase D)`), never dates, code or links.
const KEY_TEXT = /^[A-Za-z][A-Za-z0-9 /&().,'_+-]{0,59}$/

/** Reads `Key: value`, `**Key:** value` or `**Key**: value`; undefined for anything else. */
export function parseFieldKey(text: string): FieldKey | undefined {
  const bold = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : ''
  const colon = text.indexOf(':', bold.length)
  if (colon === -1) return undefined
  let keyEnd = colon
  let after = colon + 1
  if (bold !== '') {
    if (text.slice(bold.length, colon).endsWith(bold)) keyEnd = colon - bold.length
    else if (text.startsWith(bold, after)) after += bold.length
    else return undefined
  }
  // `http://...` and `a:b` are not fields: the colon must be followed by a space or end the line.
  if (after < text.length && text[after] !== ' ' && text[after] !== '\t') return undefined
  const rawKey = text.slice(bold.length, keyEnd)
  const key = rawKey.trim()
  if (!KEY_TEXT.test(key)) return undefined
  const keyStart = bold.length + rawKey.indexOf(key)
  let valueStart = after
  while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++
  return {key, keyStart, keyEnd: keyStart + key.length, valueStart, valueEnd: trimEnd(text, valueStart, text.length)}
}
