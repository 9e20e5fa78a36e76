import type {FixPlanLedger} from '../ledger/model.js'
import {itemStatusWord, leadingStatusWord as leadingWord} from '../ledger/fix-plan/status-word.js'

/**
 * The leading words of the Status values the file already uses (item fields and index entries),
 * lower-cased, in first-seen order: `archived 2025-10-20 — see …` counts as `archived`.
 */
export function statusVocabulary(ledger: FixPlanLedger): string[] {
  const words = new Set<string>()
  const add = (value: string | undefined) => {
    const word = value === undefined ? undefined : leadingWord(value)
    if (word) words.add(word)
  }
  for (const item of ledger.items) {
    const word = itemStatusWord(item)
    if (word) words.add(word)
  }
  for (const entry of ledger.index) add(entry.status)
  return [...words]
}

/** A warning when `value` starts with a word no Status in the file starts with; undefined otherwise. */
export function unknownStatusWarning(ledger: FixPlanLedger, value: string): string | undefined {
  const known = statusVocabulary(ledger)
  const word = leadingWord(value)
  if (known.length === 0 || word === undefined || known.includes(word)) return undefined
  return `Status \`${value}\` is not used elsewhere in ${ledger.doc.path} (seen: ${known.join(', ')}); written anyway`
}
