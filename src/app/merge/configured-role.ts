import picomatch from 'picomatch'
import type {ResolvedConfig} from '../../config/config.js'
import type {LedgerRole} from '../../edit/merge/ledger-role.js'

/**
 * The role `.planledger.json` gives a repository path (`%P`): the fix plan (or its archive), the
 * findings ledger, a journal, or a file the `plans` globs match. Undefined when none claims it.
 */
export function configuredRole(config: ResolvedConfig, path: string): LedgerRole | undefined {
  const normal = normalised(path)
  const names = (paths: readonly string[]) => paths.some((configured) => normalised(configured) === normal)
  if (names(config.fixPlanCandidates) || names([config.archive])) return 'fix-plan'
  if (names([config.findings])) return 'findings'
  if (names(config.journals)) return 'journal'
  if (config.plans.length > 0 && picomatch(config.plans)(normal)) return 'plan'
  return undefined
}

/** Forward slashes, no leading `./`: a configured path and git's `%P` compared alike. */
function normalised(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '')
}
