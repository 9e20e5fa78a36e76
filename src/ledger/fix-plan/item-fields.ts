import type {Field, FixPlanItem} from '../model.js'

/** The item's first field whose key matches `key` case-insensitively (`Working Plan`, `status`). */
export function findField(item: FixPlanItem, key: string): Field | undefined {
  const wanted = normalizeKey(key)
  return item.fields.find((field) => normalizeKey(field.key) === wanted)
}

/**
 * Every plan a `Working Plan:` value names, in order: its code spans, else its link targets
 * (`` `a.md`, `b.md` ``, `[A](a.md) and [B](b.md)`), else the whole text; none when blank or a dash.
 */
export function workingPlanPaths(value: string): string[] {
  const spans = [...value.matchAll(/`([^`]+)`/g)].map((match) => match[1].trim())
  const links = [...value.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1].trim())
  // Code spans first, then link targets, as a one-plan value has always been read.
  const paths = spans.length > 0 ? spans : links.length > 0 ? links : [value.trim()]
  return [...new Set(paths.filter((path) => path !== '' && !/^[—–-]+$/.test(path)))]
}

/** The form keys are compared in: case-folded, a run of spaces or underscores as one space (`working_plan` = `Working Plan`). */
export function normalizeKey(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_]+/g, ' ')
}
