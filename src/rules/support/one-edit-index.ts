/**
 * Finds, for a word, an ID one edit away (one character inserted, deleted or replaced; case
 * ignored) among many, in time linear in the IDs and the word: each ID is indexed under itself and
 * every form with one character deleted, and a word is looked up the same way. Measuring the edit
 * distance to every ID instead made a check quadratic in the number of items.
 */
export function oneEditIndex(ids: Iterable<string>): (word: string) => string | undefined {
  const index = new Map<string, string[]>()
  for (const id of ids) {
    for (const form of new Set(withOneDeleted(id.toLowerCase()))) {
      const list = index.get(form)
      if (list) list.push(id)
      else index.set(form, [id])
    }
  }
  return (word) => {
    const lower = word.toLowerCase()
    for (const form of withOneDeleted(lower)) {
      // Deletions at different places can meet two edits apart (`ab` and `ba` both give `b`): checked. First ID in order wins.
      const id = index.get(form)?.find((candidate) => candidate.toLowerCase() !== lower && isOneEdit(lower, candidate.toLowerCase()))
      if (id !== undefined) return id
    }
    return undefined
  }
}

/** The word itself, then each form with one character deleted. */
function withOneDeleted(word: string): string[] {
  const forms = [word]
  for (let at = 0; at < word.length; at++) forms.push(word.slice(0, at) + word.slice(at + 1))
  return forms
}

function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return endA - start <= 1 && endB - start <= 1
}
