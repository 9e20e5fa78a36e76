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

// One token, no spaces, no trailing punctuation: `A1`, `D1.A`, `T-300`, `CR-01`, `P1.1`.
const TOKEN = String.raw`[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*`
// `A1:`, `**A1:**`, `**A1**:`, `` `A1`: ``; the token has no spaces, so `Step 2:` has no ID.
const COLON_ID = new RegExp(String.raw`^(\*\*|__)?(\x60?)(${TOKEN})\2(?::[ \t]*\1|\1[ \t]*:)(?=\s|$)`, 'u')
// Bold alone marks an ID: `**P1.1** text`, and a bold heading that opens with one, `**1. Kill Switch**: text`.
const BOLD_ID = new RegExp(String.raw`^(\*\*|__)(\x60?)(${TOKEN})\2(?:\1(?=\s|$)|[.:](?=[ \t]+\S[^\n]*?\1))`, 'u')

/** The ID a checklist item's text starts with, when its token contains a digit (`S1`, `C3.A2`, `T-300`). */
export function checklistIdOf(text: string): ChecklistId | undefined {
  const match = COLON_ID.exec(text) ?? BOLD_ID.exec(text)
  if (!match || !/\d/.test(match[3])) return undefined
  const start = (match[1] ?? '').length + match[2].length
  return {id: match[3], start, end: start + match[3].length}
}
