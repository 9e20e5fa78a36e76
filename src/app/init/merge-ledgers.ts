import {resolveConfig, type PlanledgerConfig} from '../../config/config.js'
import {globFixedPart} from '../../config/glob-fixed-part.js'
import {attributePattern} from './merge-attributes.js'

/**
 * The ledgers whose merges planledger's driver takes, as `.gitattributes` patterns: the fix plan, the
 * findings, the plan globs and the journals. A configured path or glob is always registered (the user
 * named it); a default only when it exists, so a repository without findings gets no line for them.
 * `exists` answers for a root-relative path (a folder for a glob's fixed part).
 */
export async function mergeLedgerPatterns(user: PlanledgerConfig, exists: (rootRelative: string) => Promise<boolean>): Promise<string[]> {
  const resolved = resolveConfig(user)
  const patterns: string[] = []
  const literal = async (configured: string | undefined, defaults: readonly string[], firstOnly: boolean) => {
    if (configured !== undefined) return patterns.push(attributePattern(configured, 'literal'))
    for (const path of defaults) {
      if (!(await exists(path))) continue
      patterns.push(attributePattern(path, 'literal'))
      if (firstOnly) return
    }
  }
  // The fix plan is the first default that exists, as every command reads it.
  await literal(user.fixPlan, resolved.fixPlanCandidates, true)
  await literal(user.findings, [resolved.findings], true)
  for (const glob of resolved.plans) {
    if (user.plans !== undefined || (await exists(fixedPart(glob)))) patterns.push(attributePattern(glob, 'glob'))
  }
  for (const journal of resolved.journals) {
    if (user.journals !== undefined || (await exists(journal))) patterns.push(attributePattern(journal, 'literal'))
  }
  return [...new Set(patterns)]
}

/** The folders of a glob before its first wildcard (`plans/active/**\/*.md` → `plans/active`); '.' when none. */
export function fixedPart(glob: string): string {
  return globFixedPart(glob) || '.'
}
