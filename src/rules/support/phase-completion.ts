import type {Phase} from '../../ledger/model.js'

// The heading reader's trailing status: `✅ COMPLETE`, `DONE`, `(COMPLETED)`, `✅`, `[x]`.
const COMPLETE_STATUS = /^\(?(?:(?:✅|☑️?|✔️?)\s*)?(?:COMPLETED?|DONE)\)?$|^(?:✅|☑️?|✔️?)$|^\[[xXD✅]\]$/iu
// Marks the reader leaves in the title: `[COMPLETE]`, `[COMPLETED 2025-10-19]`, `✅ COMPLETE (2025-10-19)`.
const COMPLETE_IN_TITLE = /\[(?:COMPLETED?|DONE)\b[^\]]*\]|(?:✅|☑️?|✔️?)\s*(?:COMPLETED?|DONE)\b|\((?:COMPLETED?|DONE)\b[^)]*\)/u

/** The mark that says a phase is complete, as written, or undefined when the heading claims nothing. */
export function completionMarkOf(phase: Phase): string | undefined {
  if (phase.status !== undefined) return COMPLETE_STATUS.test(phase.status.trim()) ? phase.status.trim() : undefined
  return COMPLETE_IN_TITLE.exec(phase.title)?.[0]
}
