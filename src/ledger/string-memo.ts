/**
 * Wraps a pure function of one string so that each distinct string is computed once: the ledgers
 * `check` reads cite the same paths and IDs again and again (and histories repeat whole lines).
 * Results are shared between callers, so they must be treated as read-only. The memo starts over
 * past `limit` entries, so a long-lived process cannot grow it without bound.
 */
export function memoizeByString<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const memo = new Map<string, T>()
  return (key) => {
    const known = memo.get(key)
    if (known !== undefined || memo.has(key)) return known as T
    if (memo.size >= limit) memo.clear()
    const value = compute(key)
    memo.set(key, value)
    return value
  }
}
