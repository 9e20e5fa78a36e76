// Three-way merges of real ledgers, for measuring a merge driver against `git merge-file`:
// replayed from the corpus histories, the real merge the corpus holds, and named kinds built with
// planledger's own planners (attempt, set, tick, journal entry) on a common real version.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planAddFinding} from '../src/edit/add-finding.js'
import {planAttempt} from '../src/edit/append-attempt.js'
import {planJournalEntry} from '../src/edit/append-journal-entry.js'
import {planSetFields} from '../src/edit/set-fields.js'
import {applyEdits, type TextEdit} from '../src/edit/text-edit.js'
import {planTick} from '../src/edit/tick-rows.js'
import {UserError} from '../src/errors.js'
import {createDocument} from '../src/ledger/document.js'
import {readFindings} from '../src/ledger/findings/findings.js'
import {readFixPlan} from '../src/ledger/fix-plan/fix-plan.js'
import {journalLayout} from '../src/ledger/journal-layout.js'
import type {FixPlanItem, FixPlanLedger} from '../src/ledger/model.js'
import {readPlan} from '../src/ledger/plan/plan.js'
import {scanDocument} from '../src/ledger/scan.js'
import {realFindings, realFixPlans, realPlanFiles, wildRepos} from './corpus-ledgers.js'
import {historyMerges} from './history-merges.js'
import type {MergeScenario} from './merge-scenario.js'

export {SCENARIO_KINDS, type MergeScenario, type ScenarioKind} from './merge-scenario.js'

/** Every scenario the corpus at `corpusRoot` yields, in a stable order. */
export function buildMergeScenarios(corpusRoot: string): MergeScenario[] {
  return [...realMerges(corpusRoot), ...historyMerges(corpusRoot), ...namedMerges(corpusRoot)]
}

// ---------------------------------------------------------------- recorded

/** `wild/<repo>/merge-<commit>/{base,ours,theirs}.md`: merges as they happened. */
export function realMerges(corpusRoot: string): MergeScenario[] {
  const scenarios: MergeScenario[] = []
  for (const repo of wildRepos(corpusRoot)) {
    for (const folder of readdirSync(repo.dir).filter((name) => name.startsWith('merge-')).sort()) {
      const read = (side: string) => readFileSync(join(repo.dir, folder, `${side}.md`), 'utf8')
      scenarios.push({name: `${repo.name}/${folder}`, kind: 'real-merge', path: repo.fixPlan ?? 'fix_plan.md', base: read('base'), ours: read('ours'), theirs: read('theirs')})
    }
  }
  return scenarios
}

// ---------------------------------------------------------------- built with planledger's planners

/** Two writers' instants: distinct dates, ours first. */
const OURS_NOW = new Date('2026-12-01T10:15:00Z')
const THEIRS_NOW = new Date('2026-12-02T16:40:00Z')

/** The named kinds, on each real fix plan, plan file and journal that has what the kind needs. */
export function namedMerges(corpusRoot: string): MergeScenario[] {
  const scenarios: MergeScenario[] = []
  for (const {name, path, text} of realFixPlans(corpusRoot)) {
    for (const build of [bothAppendAttempts, statusVersusAppend, adjacentStatusChanges]) {
      const scenario = attempt(() => build(path, text))
      if (scenario) scenarios.push({...scenario, name: `${name}:${scenario.kind}`, path, base: text})
    }
  }
  for (const {name, path, text} of realPlanFiles(corpusRoot)) {
    const scenario = attempt(() => differentRowsTicked(path, text))
    if (scenario) scenarios.push({...scenario, name: `${name}:${scenario.kind}`, path, base: text})
  }
  for (const {name, path, text} of realFindings(corpusRoot)) {
    const scenario = attempt(() => bothAddFindings(path, text))
    if (scenario) scenarios.push({...scenario, name: `${name}:${scenario.kind}`, path, base: text})
  }
  const journal = join(corpusRoot, 'ptychopinn/dose_experiments/galph_memory.md')
  if (existsSync(journal)) {
    const text = readFileSync(journal, 'utf8')
    const scenario = attempt(() => bothAppendJournal('galph_memory.md', text))
    if (scenario) scenarios.push({...scenario, name: `ptychopinn/dose_experiments/galph_memory.md:${scenario.kind}`, path: 'galph_memory.md', base: text})
  }
  return scenarios
}

type Built = Pick<MergeScenario, 'kind' | 'ours' | 'theirs'> | undefined

/** A planner refusing (a ledger without what the kind needs) means no scenario, not a failure. */
function attempt(build: () => Built): Built {
  try {
    return build()
  } catch (error) {
    if (error instanceof UserError) return undefined
    throw error
  }
}

const fixPlanOf = (path: string, text: string): FixPlanLedger => readFixPlan(createDocument(path, text))

/**
 * The item both sides work on, by position (items without an ID count too): the last one with an
 * Attempts History, else the first not done, else the last. Undefined when the file has no items
 * (its attempts are the file-level history).
 */
function workedItem(ledger: FixPlanLedger): number | undefined {
  const {items} = ledger
  const withHistory = items.map((item, at) => ((item.attempts?.entries.length ?? 0) > 0 ? at : -1)).filter((at) => at !== -1)
  if (withHistory.length > 0) return withHistory[withHistory.length - 1]
  const notDone = items.findIndex((item) => item.state !== 'done')
  return notDone !== -1 ? notDone : items.length > 0 ? items.length - 1 : undefined
}

function appendAttempt(path: string, text: string, at: number | undefined, body: string, now: Date): string {
  const ledger = fixPlanOf(path, text)
  const item = at === undefined ? undefined : ledger.items[at]
  return applyEdits(text, planAttempt(ledger, item, {body, now, artifacts: [], findings: []}).edits)
}

function setStatus(path: string, text: string, at: number, value: string): string {
  const ledger = fixPlanOf(path, text)
  const edits: TextEdit[] = planSetFields(ledger, ledger.items[at], [{key: 'Status', value, argument: `Status=${value}`}]).edits
  return applyEdits(text, edits)
}

/** A status the item does not have now, so the change is real. */
function otherStatus(item: FixPlanItem): string {
  return item.state === 'blocked' ? 'in_progress' : 'blocked'
}

/** Both sides append an attempt to the same item (or to the file-level history). */
function bothAppendAttempts(path: string, text: string): Built {
  const at = workedItem(fixPlanOf(path, text))
  const ours = appendAttempt(path, text, at, 'Engineer loop: reran the focused selector; two failures remain.', OURS_NOW)
  const theirs = appendAttempt(path, text, at, 'Supervisor review: scoped the next step to the parity check.', THEIRS_NOW)
  return {kind: 'both-append-attempts', ours, theirs}
}

/** One side sets an item's Status, the other appends an attempt to it. */
function statusVersusAppend(path: string, text: string): Built {
  const ledger = fixPlanOf(path, text)
  const at = workedItem(ledger)
  if (at === undefined) return undefined
  const ours = setStatus(path, text, at, otherStatus(ledger.items[at]))
  const theirs = appendAttempt(path, text, at, 'Engineer loop: captured the failing trace for the supervisor.', THEIRS_NOW)
  return {kind: 'status-vs-append', ours, theirs}
}

/** Two neighbours change status, one on each side: index rows on adjacent lines when there is an index, else adjacent items. */
function adjacentStatusChanges(path: string, text: string): Built {
  const ledger = fixPlanOf(path, text)
  const position = new Map(ledger.items.flatMap((item, at) => (item.id === null ? [] : [[item.id, at] as const])))
  const indexed = ledger.index.filter((entry) => position.has(entry.id) && entry.statusSpan !== undefined)
  const indexPair = adjacentPair(indexed, (a, b) => b.line === a.line + 1)
  const [first, second] = indexPair ? indexPair.map((entry) => position.get(entry.id)!) : [0, 1]
  if (second >= ledger.items.length) return undefined
  const ours = setStatus(path, text, first, otherStatus(ledger.items[first]))
  const theirs = setStatus(path, text, second, otherStatus(ledger.items[second]))
  return {kind: indexPair ? 'adjacent-index-rows' : 'adjacent-items-status', ours, theirs}
}

function adjacentPair<T>(list: readonly T[], adjacent: (a: T, b: T) => boolean): [T, T] | undefined {
  for (let at = 0; at + 1 < list.length; at++) if (adjacent(list[at], list[at + 1])) return [list[at], list[at + 1]]
  return undefined
}

/** Two neighbouring open rows of a plan, each ticked done on one side. */
function differentRowsTicked(path: string, text: string): Built {
  const plan = readPlan(createDocument(path, text))
  const open = plan.rows.filter((row) => row.id !== undefined && row.state?.state !== 'done')
  const pair = adjacentPair(open, (a, b) => plan.rows.indexOf(b) === plan.rows.indexOf(a) + 1 && a.id !== b.id)
  if (pair === undefined) return undefined
  const tick = (id: string, date: string, note: string) => applyEdits(text, planTick(plan, {ids: [id], state: 'done', evidence: {date, note, artifacts: []}}).edits)
  const ours = tick(pair[0].id!, '2026-12-01', 'engineer: selector green')
  const theirs = tick(pair[1].id!, '2026-12-02', 'supervisor: parity confirmed')
  return {kind: 'different-plan-rows-ticked', ours, theirs}
}

/** Each side adds a finding (two new IDs) at the table's end. */
function bothAddFindings(path: string, text: string): Built {
  const add = (id: string, synopsis: string, date: string) => applyEdits(text, planAddFinding(readFindings(createDocument(path, text)), {id, synopsis, status: 'Active', date}).edits)
  const ours = add('MERGE-901', 'Engineer: the loader must close its file handles before a retry.', '2026-12-01')
  const theirs = add('MERGE-902', 'Supervisor: parity runs need the fixed seed from the manifest.', '2026-12-02')
  return {kind: 'both-add-findings', ours, theirs}
}

/** Both sides append a journal entry. */
function bothAppendJournal(path: string, text: string): Built {
  const append = (body: string, now: Date, label: string) => {
    const doc = createDocument(path, text)
    return applyEdits(text, planJournalEntry(doc, journalLayout(doc, scanDocument(doc)), {body, now, label}).edits)
  }
  const ours = append('Engineer: reran the dose sweep; the NaN is gone at 1e4.', OURS_NOW, 'engineer')
  const theirs = append('Supervisor: next focus is the parity ledger; keep the sweep as evidence.', THEIRS_NOW, 'supervisor')
  return {kind: 'both-append-journal', ours, theirs}
}
