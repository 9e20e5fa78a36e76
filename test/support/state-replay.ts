import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planSetFields} from '../../src/edit/set-fields.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanItem, FixPlanLedger, ItemState} from '../../src/ledger/model.js'

/**
 * How one pair of consecutive versions fares when the items whose state changed are replayed with
 * `set ITEM Status=<new state>` on the older version:
 * - `no-flips`: no item kept its identity (ID, else title) and changed state: nothing to replay;
 * - `reproduced`: on every flipped item, the lines holding its title and its status read byte for
 *   byte as in the newer version (other edits of the same commit are not compared);
 * - `differs`: the replay wrote another text on one of those lines;
 * - `refused`: `set` refused a flip (e.g. no marker for the state in the file).
 */
export type ReplayOutcome = 'no-flips' | 'reproduced' | 'differs' | 'refused'

export interface ReplayResult {
  from: string
  to: string
  outcome: ReplayOutcome
  flips: Array<{item: string; from: ItemState; to: ItemState}>
  /** Items of the newer version with no item of the same ID or title in the older one (new, or retitled): not replayed. */
  unmatched: number
  detail: string
}

const key = (item: FixPlanItem) => item.id ?? item.title

/** Items by key, leaving out keys two items share (they cannot be matched across versions). */
function byKey(ledger: FixPlanLedger): Map<string, FixPlanItem> {
  const map = new Map<string, FixPlanItem>()
  const repeated = new Set<string>()
  for (const item of ledger.items) {
    if (map.has(key(item))) repeated.add(key(item))
    map.set(key(item), item)
  }
  for (const name of repeated) map.delete(name)
  return map
}

export function replayStateHistory(folder: string): ReplayResult[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  const results: ReplayResult[] = []
  for (let at = 0; at + 1 < names.length; at++) {
    const before = readFileSync(join(folder, names[at]), 'utf8')
    const after = readFileSync(join(folder, names[at + 1]), 'utf8')
    results.push({from: names[at], to: names[at + 1], ...replayPair(names[at], before, after)})
  }
  return results
}

/** The items whose state changed between the versions (known states only: an `unknown` one has nothing to write). */
export function stateFlips(before: FixPlanLedger, after: FixPlanLedger): Array<{item: string; from: ItemState; to: ItemState}> {
  const old = byKey(before)
  const flips: Array<{item: string; from: ItemState; to: ItemState}> = []
  for (const [name, item] of byKey(after)) {
    const was = old.get(name)
    if (was && was.state !== item.state && item.state !== 'unknown') flips.push({item: name, from: was.state, to: item.state})
  }
  return flips
}

function replayPair(path: string, beforeText: string, afterText: string): Omit<ReplayResult, 'from' | 'to'> {
  const after = readFixPlan(createDocument(path, afterText))
  const before = readFixPlan(createDocument(path, beforeText))
  const known = new Set(before.items.map(key))
  const unmatched = after.items.filter((item) => !known.has(key(item))).length
  return {...replayFlips(path, beforeText, afterText, after, stateFlips(before, after)), unmatched}
}

function replayFlips(path: string, beforeText: string, afterText: string, after: FixPlanLedger, flips: ReplayResult['flips']): Omit<ReplayResult, 'from' | 'to' | 'unmatched'> {
  if (flips.length === 0) return {outcome: 'no-flips', flips, detail: ''}
  let text = beforeText
  for (const flip of flips) {
    const ledger = readFixPlan(createDocument(path, text))
    const item = byKey(ledger).get(flip.item)!
    try {
      text = applyEdits(text, planSetFields(ledger, item, [{key: 'Status', value: flip.to, argument: `Status=${flip.to}`}]).edits)
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      return {outcome: 'refused', flips, detail: `${flip.item}: ${error.message}`}
    }
  }
  const replayed = byKey(readFixPlan(createDocument(path, text)))
  const wanted = byKey(after)
  for (const flip of flips) {
    const mine = itemLines(text, replayed.get(flip.item))
    const theirs = itemLines(afterText, wanted.get(flip.item))
    if (mine !== theirs) return {outcome: 'differs', flips, detail: `${flip.item}: wrote ${JSON.stringify(mine)}, the next version has ${JSON.stringify(theirs)}`}
  }
  return {outcome: 'reproduced', flips, detail: `${flips.length} item(s)`}
}

/** The item's first line and the line holding its status, as written. */
function itemLines(text: string, item: FixPlanItem | undefined): string {
  if (!item) return '(item gone)'
  const doc = createDocument('', text)
  const first = doc.lines[item.line - 1].text
  const span = item.statusSpan
  const statusLine = span ? doc.lines.find((line) => line.start <= span.start && span.start <= line.end)!.text : ''
  return statusLine === first ? first : `${first}\n${statusLine}`
}
