import {classifyState} from '../../ledger/item-state.js'
import type {Phase} from '../../ledger/model.js'
import type {StateVocabulary} from '../../ledger/plan/state-marker.js'

// Marks the heading reader leaves inside the title, where no classifier looks (it reads a status from
// its start): `[COMPLETE]`, `[COMPLETED 2025-10-19]`, `✅ COMPLETE (2025-10-19)`.
const COMPLETE_IN_TITLE = /\[(?:COMPLETED?|DONE)\b[^\]]*\]|(?:✅|☑️?|✔️?)\s*(?:COMPLETED?|DONE)\b|\((?:COMPLETED?|DONE)\b[^)]*\)/u

/**
 * The mark that says a phase is complete, as written, or undefined when the heading claims nothing.
 * A trailing status (`✅ COMPLETE`, `DONE`, `[x]`) is read by the ledger's state classifier.
 */
export function completionMarkOf(phase: Phase, vocabulary?: StateVocabulary): string | undefined {
  if (phase.status !== undefined) return classifyState(phase.status, vocabulary) === 'done' ? phase.status.trim() : undefined
  return COMPLETE_IN_TITLE.exec(phase.title)?.[0]
}
