import type {RuleContext} from '../rule.js'

/**
 * A memo that lives as long as a rule context: what rules work out about that context's files and
 * paths (scans, root-relative paths, resolved evidence paths) is worked out once, whichever rule asks.
 */
export function contextMemo<K, V>(): (context: RuleContext, key: K, compute: () => V) => V {
  const byContext = new WeakMap<RuleContext, Map<K, V>>()
  return (context, key, compute) => {
    let known = byContext.get(context)
    if (known === undefined) byContext.set(context, (known = new Map()))
    let value = known.get(key)
    if (value === undefined) known.set(key, (value = compute()))
    return value
  }
}
