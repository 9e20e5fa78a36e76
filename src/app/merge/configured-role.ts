import picomatch from 'picomatch'
import type {ResolvedConfig} from '../../config/config.js'
import type {LedgerRole} from '../../edit/merge/ledger-role.js'

/**
 * The role `.planledger.json` gives a repository path (`%P`): the fix plan (or its archive), the
 * findings ledger, a journal, or a file the `plans` globs match. Undefined when none claims it.
 */
export function configuredRole(config: ResolvedConfig, path: string): LedgerRole | undefined {
  const normal = path.replace(/\\/g, '/').replace(/^\.\//, '')
  if (config.fixPlanCandidates.includes(normal) || config.archive === normal) return 'fix-plan'
  if (config.findings === normal) return 'findings'
  if (config.journals.includes(normal)) return 'journal'
  if (config.plans.length > 0 && picomatch(config.plans)(normal)) return 'plan'
  return undefined
}
