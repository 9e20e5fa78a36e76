import type {Field, FixPlanItem} from '../model.js'

/** The item's first field whose key matches `key` case-insensitively (`Working Plan`, `status`). */
export function findField(item: FixPlanItem, key: string): Field | undefined {
  const wanted = normalizeKey(key)
  return item.fields.find((field) => normalizeKey(field.key) === wanted)
}

/** The path a `Working Plan:` value points to: its first code span or link target, else the text; undefined when blank. */
export function workingPlanPath(value: string): string | undefined {
  const pointer = /`([^`]+)`/.exec(value) ?? /\]\(([^)\s]+)\)/.exec(value)
  const path = (pointer ? pointer[1] : value).trim()
  return path === '' || /^[—–-]+$/.test(path) ? undefined : path
}

/** The form keys are compared in: case-folded, a run of spaces or underscores as one space (`working_plan` = `Working Plan`). */
export function normalizeKey(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_]+/g, ' ')
}
