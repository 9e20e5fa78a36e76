import {relative} from 'node:path'
import {toPosix} from '../../ledger/repository-paths.js'
import type {RuleContext} from '../rule.js'
import {candidateInside} from './evidence-bases.js'
import {reportStampsIn} from './report-stamp.js'

/** How many named paths of one entry, row or item lend their folders as bases (longer entries are rare). */
const MAX_NAMED_PATHS = 64

// Where a stamp folder sits below a base.
const STAMP_PARENTS = ['', 'reports/', 'artifacts/', '.artifacts/']

/**
 * The folders a person reading an entry, row or item takes its paths to be relative to, beyond
 * `bases` (root-relative, existing ones only, in the order found):
 * - every folder on a path the same span names (`reports/2025-10-19T193425Z/phase_c/summary.md`
 *   makes `reports/`, `reports/2025-10-19T193425Z/` and `…/phase_c/` bases), so a path that exists
 *   as the tail of a longer named path counts, and so does an `Artifacts Root:` / `Reports:` folder;
 * - each base's `reports/` folder;
 * - the folder of each report stamp the span's text names (`2025-10-19T193425Z`), under a base, its
 *   `reports/`, `artifacts/` or `.artifacts/` folder, or a named folder.
 */
export function spanBases(context: RuleContext, bases: readonly string[], namedPaths: readonly string[], text: string): string[] {
  const found = new Set<string>()
  const addIfFolder = (base: string, path: string) => {
    const absolute = candidateInside(context, base, path)
    if (absolute === undefined || !context.pathExists(absolute)) return
    const rootRelative = toPosix(relative(context.root, absolute))
    if (!bases.includes(rootRelative)) found.add(rootRelative)
  }
  for (const path of namedPaths.slice(0, MAX_NAMED_PATHS)) {
    const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.')
    if (segments.includes('..') || path.startsWith('/')) continue
    // A file's own name is no folder: `a/b.md` lends `a/`; `a/b/` and `a/b` (no extension) lend themselves too.
    const last = path.endsWith('/') || !/\.[A-Za-z0-9]+$/.test(segments[segments.length - 1] ?? '') ? segments.length : segments.length - 1
    for (let length = 1; length <= last; length++) {
      const folder = segments.slice(0, length).join('/')
      for (const base of bases) addIfFolder(base, folder)
    }
  }
  // The plan's reports folder: `2025-10-19T193425Z/x.md` cited from `plans/active/X/implementation.md`.
  for (const base of bases) addIfFolder(base, 'reports')
  const stamps = new Set(reportStampsIn(text))
  const parents = [...bases, ...found]
  for (const stamp of stamps) {
    for (const base of parents) for (const parent of STAMP_PARENTS) addIfFolder(base, parent + stamp)
  }
  return [...found]
}
