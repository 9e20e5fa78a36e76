import type {LedgerDocument} from '../../ledger/document.js'
import {readFindings} from '../../ledger/findings/findings.js'
import {readFixPlan} from '../../ledger/fix-plan/fix-plan.js'
import {readJournal} from '../../ledger/journal.js'
import {readPlan} from '../../ledger/plan/plan.js'
import {scanDocument} from '../../ledger/scan.js'

/** Which ledger a file is, for merging; `text` when it is none planledger knows. */
export type LedgerRole = 'fix-plan' | 'findings' | 'plan' | 'journal' | 'text'

/** The role a path's name says (`fix_plan.md`, `findings.md`, `galph_memory.md`, `plans/…`), else undefined. */
export function roleFromPath(path: string): LedgerRole | undefined {
  const normal = path.replace(/\\/g, '/').toLowerCase()
  const name = normal.split('/').at(-1) ?? ''
  if (/fix[_-]?plan/.test(name)) return 'fix-plan'
  if (/findings/.test(name)) return 'findings'
  if (/memory|journal/.test(name)) return 'journal'
  if (/(^|\/)plans\//.test(normal) || name === 'implementation.md' || name === 'plan.md') return 'plan'
  return undefined
}

/**
 * The role a text's structure says: `[ID]` items, then phases with task rows, findings rows, items
 * of the other dialects, timestamped entries, in that order (the more specific shape first).
 */
export function roleFromContent(doc: LedgerDocument): LedgerRole {
  const scan = scanDocument(doc)
  const fixPlan = readFixPlan(doc, scan)
  if (fixPlan.items.length > 0 && fixPlan.dialect === 'bracketed-headings') return 'fix-plan'
  if (readPlan(doc, scan).phases.some((phase) => phase.rows.length > 0)) return 'plan'
  if (readFindings(doc, scan).findings.length > 0) return 'findings'
  if (fixPlan.items.length > 0) return 'fix-plan'
  if (readJournal(doc, scan).length > 0) return 'journal'
  return 'text'
}
