import type {LedgerDocument} from '../document.js'
import type {Field} from '../model.js'

/**
 * A field's whole text: the value on its key's line, then its continuation lines (`- Next Actions:`
 * with bullets below, `- Exit Criteria:` with lines below) with the indentation they all share
 * taken off and trailing blank lines dropped. A one-line field's body is its value.
 */
export function fieldBody(doc: LedgerDocument, field: Field): string {
  const below = doc.lines.slice(field.line, field.endLine).map((line) => line.text.trimEnd())
  while (below.length > 0 && below.at(-1) === '') below.pop()
  const shared = sharedIndent(below.filter((line) => line !== ''))
  const rest = below.map((line) => line.slice(shared))
  return (field.value === '' ? rest : [field.value, ...rest]).join('\n')
}

/** Length of the leading whitespace every line starts with (tabs and spaces compared as written). */
function sharedIndent(lines: string[]): number {
  if (lines.length === 0) return 0
  let prefix = /^[ \t]*/.exec(lines[0])![0]
  for (const line of lines) {
    while (!line.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix.length
}
