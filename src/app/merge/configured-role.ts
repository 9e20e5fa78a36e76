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
  if (config.plans.some((glob) => globPattern(glob).test(normal))) return 'plan'
  return undefined
}

/** A `plans` glob as a regular expression: `**` any folders, `*` and `?` within one name. */
function globPattern(glob: string): RegExp {
  let source = ''
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at]
    if (char === '*' && glob[at + 1] === '*') {
      const slash = glob[at + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      at += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
