import type {Dialect, FixPlanItem} from './model.js'

/** How messages name an item: `[ID]` in a bracketed-headings file, the bare ID elsewhere, the quoted title without an ID. */
export function itemLabel(item: Pick<FixPlanItem, 'id' | 'title'>, dialect: Dialect): string {
  if (item.id === null) return `"${item.title}"`
  return dialect === 'bracketed-headings' ? `[${item.id}]` : item.id
}
