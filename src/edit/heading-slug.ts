/**
 * GitHub's heading anchor: the rendered text (link and image targets, HTML tags dropped)
 * lowercased, every character that is not a letter, mark, number, `_`, `-` or space removed, and
 * each space turned into `-`. `[TEST-PYTORCH-001] Author PyTorch …` → `test-pytorch-001-author-pytorch-…`.
 */
export function headingSlug(text: string): string {
  return text
    // No brackets inside a link's parts, no `<` inside a tag: an opener without its closer would
    // otherwise rescan the rest of the title from every later opener (quadratic on long titles).
    .replace(/!?\[([^[\]]*)\]\([^()[\]]*\)/g, '$1')
    .replace(/<[^<>]*>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** The anchor of every heading, in document order, numbered as GitHub does when a slug repeats (`a`, `a-1`, `a-2`). */
export function headingAnchors(headingTexts: readonly string[]): string[] {
  const taken = new Set<string>()
  const repeats = new Map<string, number>()
  return headingTexts.map((text) => {
    const slug = headingSlug(text)
    let anchor = slug
    let count = repeats.get(slug) ?? 0
    while (taken.has(anchor)) anchor = `${slug}-${++count}`
    repeats.set(slug, count)
    taken.add(anchor)
    return anchor
  })
}
