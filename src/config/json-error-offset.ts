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
    NUMBER.lastIndex = at
    const match = NUMBER.exec(text)
    if (!match) fail()
    at += match![0].length
  }
  const scalar = (): void => {
    const char = text[at]
    if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else number()
  }
  const key = (): void => {
    skipSpace()
    string()
    skipSpace()
    expect(':')
  }

  // The closers of the open arrays and objects, innermost last. A stack, not recursion: a file of
  // 200,000 `[` would overflow the call stack.
  const open: string[] = []
  try {
    for (;;) {
      // A value starts here.
      skipSpace()
      const char = text[at]
      if (char === '[' || char === '{') {
        const close = char === '[' ? ']' : '}'
        at++
        skipSpace()
        if (text[at] !== close) {
          open.push(close)
          if (close === '}') key()
          continue
        }
        at++
      } else scalar()
      // After a value: close what ends here, then expect the next member.
      for (;;) {
        skipSpace()
        const close = open.at(-1)
        if (close === undefined) {
          if (at < text.length) fail()
          return -1
        }
        if (text[at] !== close) break
        at++
        open.pop()
      }
      expect(',')
      if (open.at(-1) === '}') key()
    }
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return Math.min(error.offset, text.length)
    throw error
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`)
  }
}
