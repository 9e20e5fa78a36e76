import type {LedgerDocument} from '../ledger/document.js'
import type {AttemptEntry, AttemptsHistory} from '../ledger/model.js'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {attemptNumberDigits, attemptNumberOf} from '../ledger/fix-plan/attempt-number.js'
import {historiesOf} from '../ledger/fix-plan/fix-plan-histories.js'
import type {Rule, RuleReport} from './rule.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'


/**
 * `Attempt #N` numbers within one history: a repeated number is an error (two loops claim the same
 * attempt); a gap or a number going down is a warning (entries were archived, or appended out of order).
 * A gap's numbers that appear further down are named apart from those missing altogether.
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
    for (const {history, item} of historiesOf(fixPlan)) {
      appendAll(reports, numberingReports(fixPlan.doc, history, item ? `\`[${item.id}]\`` : 'the file-level Attempts History'))
    }
    return reports
  },
}

/** One pass over the entries: the first line of each number is remembered, nothing is rescanned. */
function numberingReports(doc: LedgerDocument, history: AttemptsHistory, owner: string): RuleReport[] {
  const reports: RuleReport[] = []
  const numbers = history.entries.map(attemptNumberOf)
  const present = presentNumbers(numbers)
  const nextFree = (present.sorted[present.sorted.length - 1] ?? -1) + 1
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
      const gap = gapBetween(previous, number, firstLines, present)
      if (gap) reports.push({...reportedAt(doc, entry, number), severity: 'warning', message: `\`Attempt #${number}\` follows \`#${previous}\` in ${owner}: ${gap}`})
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

/** Every number the history uses: a set to look one up, and sorted (distinct) to count those in a range. */
interface PresentNumbers {
  set: Set<number>
  sorted: number[]
}

function presentNumbers(numbers: ReadonlyArray<number | undefined>): PresentNumbers {
  const set = new Set<number>()
  for (const number of numbers) if (number !== undefined) set.add(number)
  return {set, sorted: [...set].sort((a, b) => a - b)}
}

// Gaps up to this wide are walked number by number; wider ones (a typo such as #70 for #7) are counted.
const WALKED_GAP = 100

/**
 * What the numbers between two neighbours are: `#3 is missing`, `#23–#75 appear later, out of order`,
 * or both; undefined when every one was used earlier. At most WALKED_GAP steps per entry: linear.
 */
function gapBetween(previous: number, next: number, earlier: Map<number, number>, present: PresentNumbers): string | undefined {
  if (next - previous > WALKED_GAP) return wideGap(previous, next, present)
  const missing: number[] = []
  const later: number[] = []
  for (let number = previous + 1; number < next; number++) {
    if (!present.set.has(number)) missing.push(number)
    else if (!earlier.has(number)) later.push(number)
  }
  const parts = [missing.length > 0 ? `${numbersText(missing)} ${missing.length === 1 ? 'is' : 'are'} missing` : undefined, laterText(later)]
  const text = parts.filter((part) => part !== undefined).join('; ')
  return text === '' ? undefined : text
}

/** A wide gap named as one range; how many of it appear elsewhere in the history is counted, not walked. */
function wideGap(previous: number, next: number, present: PresentNumbers): string {
  const inside = indexAfter(present.sorted, next - 1) - indexAfter(present.sorted, previous)
  const range = `#${previous + 1}–#${next - 1}`
  if (inside === 0) return `${range} are missing`
  const missing = next - previous - 1 - inside
  return missing === 0 ? `${range} appear elsewhere in the history, out of order` : `${missing} of ${range} are missing, ${inside} ${inside === 1 ? 'appears' : 'appear'} elsewhere, out of order`
}

/** How many of the sorted numbers are at most `value` (binary search). */
function indexAfter(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] <= value) low = middle + 1
    else high = middle
  }
  return low
}

function laterText(later: readonly number[]): string | undefined {
  if (later.length === 0) return undefined
  return `${numbersText(later)} ${later.length === 1 ? 'appears' : 'appear'} later, out of order`
}

/** `#3`, `#3–#5`, `#3, #5`. */
function numbersText(numbers: readonly number[]): string {
  if (numbers.length === 1) return `#${numbers[0]}`
  const contiguous = numbers[numbers.length - 1] - numbers[0] === numbers.length - 1
  return contiguous ? `#${numbers[0]}–#${numbers[numbers.length - 1]}` : numbers.map((number) => `#${number}`).join(', ')
}

/** Column of `Attempt #N` (else `#N`) on the entry's first line; 1 when neither is there. */
function numberColumn(doc: LedgerDocument, entry: AttemptEntry, number: number): number {
  const mention = attemptNumberDigits(doc.lines[entry.line - 1].text, number)
  return mention === undefined ? 1 : mention.at + 1
}
