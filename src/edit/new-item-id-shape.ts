/**
 * An ID's shape: runs of capitals, lower-case letters and digits each stand for themselves as a
 * class, punctuation stays (`TEST-PYTORCH-001` → `A-A-9`, `W1` → `A9`, `1.1` → `9.9`).
 */
export function idShape(id: string): string {
  return id
    .replace(/\p{Lu}+/gu, 'A')
    .replace(/\p{Ll}+/gu, 'a')
    .replace(/\p{N}+/gu, '9')
}

/** Why `id` does not look like the file's other IDs, or undefined when it does (or there are none to learn from). */
export function idShapeMismatch(id: string, existing: readonly string[]): string | undefined {
  if (existing.length === 0) return undefined
  const shapes = new Set(existing.map(idShape))
  if (shapes.has(idShape(id))) return undefined
  const examples = [...new Set(existing)].slice(-3).join(', ')
  return `ID \`${id}\` is not shaped like the file's other IDs (${examples})`
}
