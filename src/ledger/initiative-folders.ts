/** Where the loop keeps running and finished initiatives (root-relative); `plan close` moves one from the first to the second. */
export const ACTIVE_PLANS = 'plans/active'
export const ARCHIVED_PLANS = 'plans/archive'

/**
 * Where a path into a running initiative (`plans/active/X/reports/a.log`, `../plans/active/X/`) is
 * once the initiative is closed; undefined for a path that does not lead into plans/active/.
 */
export function closedInitiativePath(path: string): string | undefined {
  const at = new RegExp(`(^|/)${ACTIVE_PLANS}/(?=[^/])`).exec(path)
  if (!at) return undefined
  return path.slice(0, at.index) + at[1] + `${ARCHIVED_PLANS}/` + path.slice(at.index + at[0].length)
}
