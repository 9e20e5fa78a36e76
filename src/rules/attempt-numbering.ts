import type {LedgerDocument} from '../ledger/document.js'
import type {AttemptEntry, AttemptsHistory} from '../ledger/model.js'
import {appendAll, maxOf} from '../ledger/unbounded-arrays.js'
import type {Rule, RuleReport} from './rule.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'

// Styles whose prefix carries no number may still open with one: `- *2026-01-13:* Attempt #3 — ...`.
const LEADING_NUMBER = /^(?:\*\*|__)?attempt\s*#\s*(\d+)/i

/**
 * `Attempt #N` numbers within one history: a repeated number is an error (two loops claim the same
 * attempt); a gap or a number going down is a warning (entries were archived, or appended out of order).
 */
export const attemptNumbering: Rule = {
  id: 'attempt-numbering',
  description: 'Attempt numbers in an Attempts History repeat (error), skip or go down (warning)',
  defaultSeverity: 'error',
  dialects: WITH_ATTEMPTS,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    const reports: RuleReport[] = []
    for (const item of fixPlan.items) {
      if (item.attempts) appendAll(reports, numberingReports(fixPlan.doc, item.attempts, `\`[${item.id}]\``))
    }
    if (fixPlan.attempts) appendAll(reports, numberingReports(fixPlan.doc, fixPlan.attempts, 'the file-level Attempts History'))
    return reports
  },
}

/** One pass over the entries: the first line of each number is remembered, nothing is rescanned. */
function numberingReports(doc: LedgerDocument, history: AttemptsHistory, owner: string): RuleReport[] {
  const reports: RuleReport[] = []
  const numbers = history.entries.map(numberOf)
  const nextFree = (maxOf(numbers.filter((number) => number !== undefined)) ?? -1) + 1
  const firstLines = new Map<number, number>()
  let previous: number | undefined
  history.entries.forEach((entry, index) => {
    const number = numbers[index]
    if (number === undefined) return
    const first = firstLines.get(number)
    if (first !== undefined) {
      reports.push({...reportedAt(doc, entry, number), message: `\`Attempt #${number}\` is already used in ${owner}`, hint: `the first is at line ${first}; the next free number is #${nextFree}`})
    } else if (previous !== undefined && number < previous) {
      reports.push({...reportedAt(doc, entry, number), severity: 'warning', message: `\`Attempt #${number}\` follows \`#${previous}\` in ${owner}: numbers go down`})
    } else if (previous !== undefined && number > previous + 1) {
      const missing = missingBetween(previous, number, firstLines)
      if (missing) reports.push({...reportedAt(doc, entry, number), severity: 'warning', message: `\`Attempt #${number}\` follows \`#${previous}\` in ${owner}: ${missing} missing`})
    }
    if (first === undefined) firstLines.set(number, entry.line)
    previous = number
  })
  return reports
}

/** Where a report on an entry points; the column is searched for only then, not for every entry. */
function reportedAt(doc: LedgerDocument, entry: AttemptEntry, number: number): Pick<RuleReport, 'path' | 'line' | 'column'> {
  return {path: doc.path, line: entry.line, column: numberColumn(doc, entry, number)}
}

/** `#3 is`, `#3–#5 are`, `#3, #5 are`: the numbers between two neighbours not used earlier; undefined for none. */
function missingBetween(previous: number, next: number, used: Map<number, number>): string | undefined {
  // A wild jump (a typo such as #70 for #7) is named as one range, not walked.
  if (next - previous > 100) return `#${previous + 1}–#${next - 1} are`
  const missing: number[] = []
  for (let number = previous + 1; number < next; number++) if (!used.has(number)) missing.push(number)
  if (missing.length === 0) return undefined
  if (missing.length === 1) return `#${missing[0]} is`
  const contiguous = missing[missing.length - 1] - missing[0] === missing.length - 1
  return contiguous ? `#${missing[0]}–#${missing[missing.length - 1]} are` : `${missing.map((number) => `#${number}`).join(', ')} are`
}

function numberOf(entry: AttemptEntry): number | undefined {
  if (entry.number !== undefined) return entry.number
  const leading = LEADING_NUMBER.exec(entry.text)
  return leading ? Number(leading[1]) : undefined
}

/** Column of `Attempt #N` (else `#N`) on the entry's first line; 1 when neither is there. */
function numberColumn(doc: LedgerDocument, entry: AttemptEntry, number: number): number {
  const text = doc.lines[entry.line - 1].text
  // Fixed patterns matched against the number, not a pattern built per number: compiling a fresh
  // RegExp for each of 200,000 entries made this rule superlinear.
  const index = indexOfNumber(ATTEMPT_NUMBER, text, number) ?? indexOfNumber(HASH_NUMBER, text, number)
  return index === undefined ? 1 : index + 1
}

const ATTEMPT_NUMBER = /attempt\s*#\s*(\d+)/gi
const HASH_NUMBER = /#\s*(\d+)/g

function indexOfNumber(pattern: RegExp, text: string, number: number): number | undefined {
  for (const match of text.matchAll(pattern)) if (Number(match[1]) === number) return match.index
  return undefined
}
