import {UserError} from '../errors.js'
import {jsonErrorOffset} from './json-error-offset.js'

/**
 * Parses the text of `.planledger.json`, turning a syntax error into
 * `<fileName>:LINE:COL: invalid JSON: <reason>`. A leading BOM is allowed (editors add one).
 */
export function parseConfigJson(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(body)
  } catch (error) {
    const offset = (body === text ? 0 : 1) + jsonErrorOffset(body)
    const {line, column} = lineAndColumn(text, offset)
    throw new UserError(`${fileName}:${line}:${column}: invalid JSON: ${jsonReason(error)}`, {
      path: fileName,
      line,
      hint: 'fix the JSON syntax (no comments or trailing commas)',
    })
  }
}

/** V8's message without the position and source excerpt, which we give as line:column instead. */
function jsonReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of input')
}

/** 1-based line and column (in UTF-16 code units) of `offset`. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
