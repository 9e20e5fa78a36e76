/**
 * The `.gitattributes` lines that hand the ledgers to planledger's merge driver. Pure text work:
 * existing lines are kept byte for byte and new ones appended in the file's own line ending.
 */

/** The merge driver's name in `.gitattributes` (`merge=planledger`) and in git config (`merge.planledger.*`). */
export const MERGE_DRIVER_NAME = 'planledger'

export const MERGE_ATTRIBUTE = `merge=${MERGE_DRIVER_NAME}`

/** Written once above the first lines init adds, so a reader knows where they come from. */
export const ATTRIBUTES_COMMENT = '# Ledgers merged by planledger merge-driver (planledger init; git config merge.planledger.driver must be set)'

/** A root-relative ledger path (`literal`) or glob (`plans/active/**\/*.md`) as a `.gitattributes` pattern. */
export function attributePattern(path: string, kind: 'literal' | 'glob'): string {
  const clean = path.replace(/^(\.\/)+/, '')
  const escaped = kind === 'literal' ? clean.replace(/[\\*?[]/g, '\\$&') : clean
  // Without a slash a pattern matches at any depth; a leading slash ties it to the root, as the config means.
  const anchored = escaped.includes('/') ? escaped : `/${escaped}`
  // Whitespace would end the pattern: git reads C-style quoted patterns instead.
  return /[\s"]/.test(anchored) ? `"${anchored.replace(/[\\"]/g, '\\$&').replace(/\t/g, '\\t')}"` : anchored
}

/** The pattern and attributes of one `.gitattributes` line; undefined for blanks, comments and macros. */
function parseAttributeLine(line: string): {pattern: string; attributes: string[]} | undefined {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('[attr]')) return undefined
  const quoted = /^"((?:[^"\\]|\\.)*)"\s*(.*)$/.exec(trimmed)
  if (quoted) return {pattern: `"${quoted[1]}"`, attributes: quoted[2].split(/\s+/).filter(Boolean)}
  const [pattern, ...attributes] = trimmed.split(/\s+/)
  return {pattern, attributes}
}

/**
 * Whether the pattern already goes to planledger's driver: the last line naming exactly this pattern
 * that sets `merge` (later lines win in git) sets `merge=planledger`. Other patterns that may match
 * the same files are not evaluated.
 */
function isRegistered(lines: string[], pattern: string): boolean {
  let merge: string | undefined
  for (const line of lines) {
    const parsed = parseAttributeLine(line)
    if (parsed?.pattern !== pattern) continue
    const last = parsed.attributes.filter((attribute) => /^[-!]?merge(=|$)/.test(attribute)).pop()
    if (last !== undefined) merge = last
  }
  return merge === MERGE_ATTRIBUTE
}

/** `text` with a `<pattern> merge=planledger` line for every pattern not yet registered; `added` lists them. */
export function addMergeAttributes(text: string, patterns: readonly string[]): {after: string; added: string[]} {
  const lines = text.split(/\r?\n/)
  const added = [...new Set(patterns)].filter((pattern) => !isRegistered(lines, pattern))
  if (added.length === 0) return {after: text, added}
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const mentionsDriver = lines.some((line) => parseAttributeLine(line)?.attributes.includes(MERGE_ATTRIBUTE))
  const block = [...(mentionsDriver ? [] : [ATTRIBUTES_COMMENT]), ...added.map((pattern) => `${pattern} ${MERGE_ATTRIBUTE}`)]
  const separator = text === '' || text.endsWith('\n') ? '' : eol
  return {after: `${text}${separator}${block.join(eol)}${eol}`, added}
}
