/**
 * The leading folders of a glob before its first segment with a wildcard or brace
 * (`plans/active/**\/*.md` → `plans/active`, `./docs/plan.md` → `docs`); '' when there are none.
 */
export function globFixedPart(glob: string): string {
  const fixed: string[] = []
  for (const segment of glob.replace(/^\.\//, '').split('/').slice(0, -1)) {
    if (/[*?[\]{}!()]/.test(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/')
}
