import {itemLabel} from '../ledger/item-label.js'
import type {FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {scanOf} from './support/checked-files.js'
import {entriesOfAnotherItem, type EntryOfAnotherItem} from './support/entry-owner.js'
import {entriesAdoptedElsewhere, entriesOutsideHistories, type AdoptedElsewhere} from './support/entries-out-of-place.js'
import {WITH_ATTEMPTS} from './support/dialect-scopes.js'
import type {Rule, RuleReport} from './rule.js'

/**
 * Attempt entries written where a reader (person or loop) will not look for them: outside every
 * Attempts History, under a section or field after the history, or under an item other than the
 * one they are about. A warning: the text is all there, only in the wrong place.
 */
export const misplacedAttempt: Rule = {
  id: 'misplaced-attempt',
  description: 'An attempt entry outside any Attempts History, under a section after it, or under another item than the one it names or numbers (warning)',
  defaultSeverity: 'warning',
  dialects: WITH_ATTEMPTS,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    const scan = scanOf(context, fixPlan.doc)
    const path = fixPlan.doc.path
    const reports: RuleReport[] = []
    for (const outside of entriesOutsideHistories(fixPlan, scan)) {
      const above = itemAbove(fixPlan.items, outside.line)
      reports.push({
        path,
        line: outside.line,
        column: outside.column,
        message: outside.number === undefined ? 'Dated entry heading is outside any Attempts History' : `\`Attempt #${outside.number}\` is outside any Attempts History`,
        hint: above
          ? `move it into the Attempts History of the item it is about (the nearest item above is ${itemLabel(above, fixPlan.dialect)}, line ${above.line})`
          : 'move it into the Attempts History of the item it is about',
      })
    }
    for (const run of runsOf(entriesAdoptedElsewhere(fixPlan, scan.headings))) {
      const [first] = run
      const last = run[run.length - 1].entry
      const count = run.length === 1 ? `the entry (line ${first.entry.line}) belongs` : `${run.length} entries (lines ${first.entry.line}–${last.endLine}) belong`
      reports.push({
        path,
        line: first.entry.line,
        // One report per section, at its first entry: later appends under it are the same problem.
        message: `Attempt entries from here on sit under \`${first.container}\`, outside the Attempts History they are read into`,
        hint: `${count} to the Attempts History at line ${first.historyLine}; move them there, or move \`${first.container}\` (line ${first.containerLine}) after them`,
      })
    }
    for (const another of entriesOfAnotherItem(fixPlan.items)) reports.push(anotherItemReport(fixPlan, another))
    return reports.sort((a, b) => a.line - b.line)
  },
}

function anotherItemReport(fixPlan: FixPlanLedger, found: EntryOfAnotherItem): RuleReport {
  const holder = itemLabel(found.holder, fixPlan.dialect)
  const owner = itemLabel(found.owner, fixPlan.dialect)
  const move = `move it to ${owner}'s Attempts History (line ${found.owner.attempts?.line ?? found.owner.line})`
  if (found.by === 'names') {
    return {path: fixPlan.doc.path, line: found.entry.line, message: `Attempt entry under ${holder} names ${owner}`, hint: `if it is about ${owner}, ${move}`}
  }
  const own = found.holderLast === undefined ? "its first number would be #0 or #1" : `its own would be #${found.holderLast + 1}`
  return {
    path: fixPlan.doc.path,
    line: found.entry.line,
    message: `\`Attempt #${found.entry.number}\` under ${holder} continues ${owner}'s numbering (#${found.ownerLast}), not ${holder}'s`,
    hint: `if it is about ${owner}, ${move}; else renumber it (${own})`,
  }
}

/** Adopted entries grouped by the section or field they sit in (they come sorted by line). */
function runsOf(adopted: readonly AdoptedElsewhere[]): AdoptedElsewhere[][] {
  const runs = new Map<string, AdoptedElsewhere[]>()
  for (const one of adopted) {
    const key = `${one.historyLine}:${one.containerLine}`
    const run = runs.get(key)
    if (run) run.push(one)
    else runs.set(key, [one])
  }
  return [...runs.values()]
}

/** The last item starting above `line`, if any (items come in line order; a binary search, as stray entries may be many). */
function itemAbove(items: readonly FixPlanItem[], line: number): FixPlanItem | undefined {
  let low = 0
  let high = items.length - 1
  let found: FixPlanItem | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    if (items[middle].line < line) {
      found = items[middle]
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
