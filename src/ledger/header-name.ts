/** A header cell as a column name: markup (`**`, `__`, backticks) removed, spaces collapsed. */
export function headerName(cellText: string): string {
  return cellText.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim()
}

/** The name compared case-insensitively when looking a column up. */
export function headerKey(cellText: string): string {
  return headerName(cellText).toLowerCase()
}
