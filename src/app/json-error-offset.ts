/**
 * Offset of the first syntax error in `text` (its length when the text simply ends too early).
 * Node 20's JSON.parse leaves the position out of some messages, so we walk the grammar ourselves.
 * Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0

  const fail = (): never => {
    throw new JsonSyntaxAt(at)
  }
  const skipSpace = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++
  }
  const expect = (char: string): void => {
    if (text[at] !== char) fail()
    at++
  }
  const literal = (word: string): void => {
    for (const char of word) expect(char)
  }
  const string = (): void => {
    expect('"')
    for (;;) {
      if (at >= text.length) fail()
      const char = text[at]
      if (char === '"') break
      if (char.charCodeAt(0) < 0x20) fail()
      if (char === '\\') {
        at++
        if (text[at] === 'u') {
          for (let digit = 0; digit < 4; digit++) {
            at++
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail()
          }
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail()
      }
      at++
    }
    at++
  }
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at))
    if (!match) fail()
    at += match![0].length
  }
  const list = (close: string, member: () => void): void => {
    at++
    skipSpace()
    if (text[at] === close) {
      at++
      return
    }
    for (;;) {
      member()
      skipSpace()
      if (text[at] === close) {
        at++
        return
      }
      expect(',')
      skipSpace()
    }
  }
  const value = (): void => {
    skipSpace()
    const char = text[at]
    if (char === '{') {
      list('}', () => {
        string()
        skipSpace()
        expect(':')
        value()
      })
    } else if (char === '[') list(']', value)
    else if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else number()
  }

  try {
    value()
    skipSpace()
    if (at < text.length) fail()
    return -1
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return Math.min(error.offset, text.length)
    throw error
  }
}

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`)
  }
}
