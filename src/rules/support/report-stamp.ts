// A report folder's stamp as agents write them: `2025-10-19T193425Z`, `20251019T1934Z`, `2025-10-19T19:34:25Z`.
const STAMP_BODY = String.raw`\b\d{4}-?\d{2}-?\d{2}T\d{2}:?\d{2}(?::?\d{2})?`
// Folders are looked up on disk, so a stamp without its Z costs only a lookup.
const STAMP_OR_TIME = new RegExp(`${STAMP_BODY}Z?\\b`, 'g')
// As evidence on its own a stamp needs its Z: `2025-10-19T19:34` alone is a time of day, not a folder.
const ZULU_STAMP = new RegExp(`${STAMP_BODY}Z\\b`)

/** Every stamp `text` names, with or without the Z: the names of report folders to look for. */
export function reportStampsIn(text: string): string[] {
  return text.match(STAMP_OR_TIME) ?? []
}

/** Whether `text` names a report folder's stamp (with its Z), which says where the evidence is. */
export function namesReportStamp(text: string): boolean {
  return ZULU_STAMP.test(text)
}
