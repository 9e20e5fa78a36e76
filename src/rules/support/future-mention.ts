import {lineIndexAt, type LedgerDocument} from '../../ledger/document.js'
import {unclaimedListLinesOf} from './future-blocks.js'

/**
 * Words that make a cited path future work, not a claim that it exists: `Next:`, `Next Actions:`,
 * `TODO`, `TBD`, `draft`, `will`/`shall`, `to be written` (any `to be …`), `planned`, `pending`,
 * `upcoming`, `going to`, `need to`, `to write`/`to capture`/… .
 */
const FUTURE =
  /\b(?:next(?:\s+(?:actions?|steps?|loop|up))?\W{0,3}:|todo\b|tbd\b|drafts?\b|will\b|shall\b|to\s+be\s+\w|planned\b|pending\b|upcoming\b|(?:going|need|needs|plan|plans)\s+to\b|to\s+(?:write|capture|create|generate|produce|record|add|land|publish|save|store|run)\b)/i

// An instruction: a clause (or a part after `, ` or `then`) opening with a verb in the imperative, as plans write steps.
const IMPERATIVE =
  /(?:^\s*|,\s+|\bthen\s+)(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:add|create|write|extend|update|re-?run|capture|generate|record|implement|document|produce|persist|publish|save|store|prepare|refresh|rewrite|emit)\s/i

/** How far back a future word may sit in the clause (characters). */
const MAX_CLAUSE = 240

// Where a clause starts: after a sentence end, a semicolon, a table cell border or a dash between clauses.
const CLAUSE_BREAK = /[.!?;]\s|\||\s[—–]\s/g

/**
 * Whether the clause holding document offset `offset` says, before it, that what follows is future
 * work (FUTURE) or an instruction (IMPERATIVE: `- Add \`x.md\``, `After the run, update \`y.md\``), or its
 * line is a list item under a future-work label or a lead-in saying what a tool does (future-blocks.ts). Past tense (`Added`) is a claim and is checked.
 * `instructions`: whether an imperative is future work: in a log entry it is the next step, but a done
 * row's guidance says what to do in the imperative (`Create \`x.py\``), and being done, it should exist. The clause runs back to the last sentence end, `;`, `|` or ` — ` on the same line, else to the line start.
 */
export function isFutureMention(doc: LedgerDocument, offset: number, instructions: boolean): boolean {
  const index = lineIndexAt(doc, offset)
  if (unclaimedListLinesOf(doc)[index]) return true
  const line = doc.lines[index]
  // Bounded, so that a line of thousands of characters citing hundreds of paths stays linear.
  const before = doc.text.slice(Math.max(line.start, offset - MAX_CLAUSE), offset)
  let clauseStart = 0
  for (const found of before.matchAll(CLAUSE_BREAK)) clauseStart = found.index + found[0].length
  const clause = before.slice(clauseStart)
  return FUTURE.test(clause) || (instructions && IMPERATIVE.test(clause))
}
