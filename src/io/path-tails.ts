import {readdirSync} from 'node:fs'

/** How deep below a folder its index goes: report folders nest a few levels, not a whole tree's worth. */
const MAX_DEPTH = 8
/** More entries than this and the index stops growing: a cited tail is then looked for among the first ones only. */
const MAX_ENTRIES = 200_000
/** Folders never cited into and often huge. */
const SKIPPED = new Set(['.git', 'node_modules'])

/**
 * Every file and folder below `folder` (to MAX_DEPTH, links not followed), as paths relative to it,
 * grouped by last segment. Read once per folder per check; an unreadable folder indexes as empty.
 */
export function indexPathTails(folder: string): ReadonlyMap<string, readonly string[]> {
  const byName = new Map<string, string[]>()
  let entries = 0
  const walk = (absolute: string, relative: string, depth: number) => {
    let names
    try {
      names = readdirSync(absolute, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of names) {
      if (entries >= MAX_ENTRIES) return
      entries++
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      const same = byName.get(entry.name)
      if (same) same.push(path)
      else byName.set(entry.name, [path])
      if (entry.isDirectory() && depth < MAX_DEPTH && !SKIPPED.has(entry.name)) walk(`${absolute}/${entry.name}`, path, depth + 1)
    }
  }
  walk(folder, '', 1)
  return byName
}

/** Whether an indexed path is `tail` or ends with `/tail` (`tail` without a trailing `/`). */
export function hasPathEndingWith(index: ReadonlyMap<string, readonly string[]>, tail: string): boolean {
  const name = tail.slice(tail.lastIndexOf('/') + 1)
  const suffix = `/${tail}`
  return (index.get(name) ?? []).some((path) => path === tail || path.endsWith(suffix))
}
