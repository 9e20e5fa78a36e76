/** Strips the markup humans wrap IDs in: `**A1**`, `` `A1` ``, `[A1](#a1)`, `_A1_`. */
export function stripIdMarkup(text: string): string {
  let id = text.trim()
  const link = /^\[([^\]]*)\]\([^)]*\)$/.exec(id)
  if (link) id = link[1].trim()
  for (;;) {
    const wrapped = /^(\*\*|__|`|\*|_)(.+)\1$/s.exec(id)
    if (!wrapped) return id
    id = wrapped[2].trim()
  }
}

/** A table ID cell holds one token: `A1`, `D1.A`, `0.B`, even a range `D1.A–C`; prose is not an ID. */
export function isTableRowId(id: string): boolean {
  return /^[^\s|`*[\]]+$/.test(id) && /[\p{L}\p{N}]/u.test(id)
}

export interface ChecklistId {
  id: string
  /** Offsets of the ID token within the item text. */
  start: number
  end: number
}

// `A1:`, `**A1:**`, `**A1**:`, `` `A1`: ``; the token has no spaces, so `Step 2:` has no ID.
const CHECKLIST_ID = /^(\*\*|__)?(`?)([\p{L}\p{N}][\p{L}\p{N}._-]*)\2(?::[ \t]*\1|\1[ \t]*:)(?=\s|$)/u

/** The ID a checklist item's text starts with, when its token contains a digit (`S1`, `C3.A2`). */
export function checklistIdOf(text: string): ChecklistId | undefined {
  const match = CHECKLIST_ID.exec(text)
  if (!match || !/\d/.test(match[3])) return undefined
  const start = (match[1] ?? '').length + match[2].length
  return {id: match[3], start, end: start + match[3].length}
}
