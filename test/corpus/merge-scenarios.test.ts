import assert from 'node:assert/strict'
import {diffArrays} from 'diff'
import {countConflictHunks, gitMergeFile} from '../../bench/git-merge-file.js'
import {buildMergeScenarios, SCENARIO_KINDS, type MergeScenario} from '../../bench/merge-scenarios.js'
import {mergeLedgerTexts} from '../../src/edit/merge/merge-ledger-texts.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readJournal} from '../../src/ledger/journal.js'
import type {FixPlanLedger} from '../../src/ledger/model.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

// Checks the merges the bench builds are the merges they claim to be, then what the driver makes of
// them against git merge-file (the closing comparison, held as a floor).

const fixPlan = (scenario: MergeScenario, side: 'base' | 'ours' | 'theirs'): FixPlanLedger => readFixPlan(createDocument(scenario.path, scenario[side]))
const attemptsOf = (ledger: FixPlanLedger) => ledger.items.map((item) => item.attempts?.entries.length ?? 0)
/** Positions where two lists differ. */
const changedAt = (a: readonly unknown[], b: readonly unknown[]) => a.flatMap((value, at) => (value === b[at] ? [] : [at]))

describeWithCorpus('merge scenarios (bench/merge-scenarios.ts)', function () {
  this.timeout(300_000)
  let scenarios: MergeScenario[]
  const of = (kind: string) => scenarios.filter((scenario) => scenario.kind === kind)
  before(() => {
    scenarios = buildMergeScenarios(corpusPath())
  })

  it('yields every kind, with unique names, and each side differing from the base and from the other', () => {
    for (const kind of SCENARIO_KINDS.filter((k) => k !== 'adjacent-index-rows' && k !== 'adjacent-items-status')) assert.ok(of(kind).length > 0, `no ${kind} scenario`)
    assert.ok(of('adjacent-index-rows').length + of('adjacent-items-status').length > 0)
    assert.equal(new Set(scenarios.map((s) => s.name)).size, scenarios.length)
    for (const s of scenarios) {
      assert.notEqual(s.ours, s.base, `${s.name}: ours is the base`)
      assert.notEqual(s.theirs, s.base, `${s.name}: theirs is the base`)
      assert.notEqual(s.ours, s.theirs, `${s.name}: both sides are equal`)
      assert.ok(s.path !== '' && !s.path.startsWith('/'), `${s.name}: path ${s.path}`)
    }
  })

  it('keeps both sides readable as the ledger they are: the built kinds keep every item, row and entry', () => {
    for (const s of scenarios) {
      for (const side of ['ours', 'theirs'] as const) {
        const doc = createDocument(s.path, s[side])
        if (s.kind === 'both-add-findings') assert.equal(readFindings(doc).findings.length, readFindings(createDocument(s.path, s.base)).findings.length + 1, `${s.name} ${side}`)
        else if (s.kind === 'different-plan-rows-ticked') assert.equal(readPlan(doc).rows.length, readPlan(createDocument(s.path, s.base)).rows.length, `${s.name} ${side}`)
        else if (s.kind === 'both-append-journal' || /galph_memory/.test(s.path)) assert.ok(readJournal(doc, scanDocument(doc)).length >= readJournal(createDocument(s.path, s.base), scanDocument(createDocument(s.path, s.base))).length - 1)
        // Recorded merges may add or drop items; the built kinds only edit the items there are.
        else if (!s.kind.startsWith('history') && s.kind !== 'real-merge') assert.equal(fixPlan(s, side).items.length, fixPlan(s, 'base').items.length, `${s.name} ${side}`)
        else assert.notEqual(fixPlan(s, side).dialect, 'none', `${s.name} ${side}: no fix-plan dialect reads it`)
      }
    }
  })

  it('does on each side what the kind says', () => {
    for (const s of of('both-append-attempts')) {
      const [base, ours, theirs] = (['base', 'ours', 'theirs'] as const).map((side) => fixPlan(s, side))
      assert.deepEqual(ours.items.map((item) => item.id), base.items.map((item) => item.id), s.name)
      assert.ok(s.ours.startsWith(s.base.slice(0, 40)) && s.ours.length > s.base.length && s.theirs.length > s.base.length, s.name)
      assert.deepEqual(changedAt(attemptsOf(ours), attemptsOf(base)), changedAt(attemptsOf(theirs), attemptsOf(base)), `${s.name}: the same item on both sides`)
    }
    for (const s of of('status-vs-append')) {
      const [base, ours, theirs] = (['base', 'ours', 'theirs'] as const).map((side) => fixPlan(s, side))
      const changed = changedAt(ours.items.map((item) => item.state), base.items.map((item) => item.state))
      assert.equal(changed.length, 1, `${s.name}: one item's state changes on ours`)
      assert.deepEqual(theirs.items.map((item) => item.state), base.items.map((item) => item.state), `${s.name}: theirs changes no state`)
      assert.ok(s.theirs.length > s.base.length, `${s.name}: theirs appends`)
    }
    for (const s of [...of('adjacent-index-rows'), ...of('adjacent-items-status')]) {
      const [base, ours, theirs] = (['base', 'ours', 'theirs'] as const).map((side) => fixPlan(s, side).items.map((item) => item.state))
      const [mine, other] = [changedAt(ours, base), changedAt(theirs, base)]
      assert.equal(mine.length, 1, s.name)
      assert.equal(other.length, 1, s.name)
      assert.notEqual(mine[0], other[0], `${s.name}: two different items`)
    }
    for (const s of of('different-plan-rows-ticked')) {
      const [base, ours, theirs] = (['base', 'ours', 'theirs'] as const).map((side) => readPlan(createDocument(s.path, s[side])).rows.map((row) => row.state?.state))
      const [mine, other] = [changedAt(ours, base), changedAt(theirs, base)]
      assert.equal(mine.length, 1, s.name)
      assert.equal(other.length, 1, s.name)
      assert.notEqual(mine[0], other[0], `${s.name}: two different rows`)
      assert.equal(ours[mine[0]], 'done')
    }
    for (const s of of('history-appends')) {
      const lines = (text: string) => text.split(/(?<=\n)/)
      const parts = diffArrays(lines(s.base), lines(s.theirs))
      assert.ok(!parts.some((part) => part.removed) && parts.filter((part) => part.added).length === 1, `${s.name}: theirs only inserts one block into the base`)
    }
    for (const s of of('both-add-findings')) {
      const ids = (side: 'base' | 'ours' | 'theirs') => readFindings(createDocument(s.path, s[side])).findings.map((finding) => finding.id)
      // A file with several tables gets the row in the one planledger picks, not necessarily the last.
      assert.deepEqual(ids('ours').sort(), [...ids('base'), 'MERGE-901'].sort(), s.name)
      assert.deepEqual(ids('theirs').sort(), [...ids('base'), 'MERGE-902'].sort(), s.name)
    }
    for (const s of of('both-append-journal')) {
      const entries = (side: 'base' | 'ours' | 'theirs') => readJournal(createDocument(s.path, s[side]), scanDocument(createDocument(s.path, s[side]))).length
      assert.equal(entries('ours'), entries('base') + 1, s.name)
      assert.equal(entries('theirs'), entries('base') + 1, s.name)
    }
  })

  it("counts git merge-file's conflicts: every both-append (or both-add) merge conflicts, every replayed history merge is clean", () => {
    for (const s of scenarios) {
      const merged = gitMergeFile(s.ours, s.base, s.theirs)
      assert.equal(merged.conflicts, countConflictHunks(merged.text), s.name)
      if (s.kind === 'both-append-attempts' || s.kind === 'both-append-journal' || s.kind === 'both-add-findings') assert.ok(merged.conflicts > 0, `${s.name}: git merge-file merged both appends`)
      // A history merge is built only when v1→v2 cherry-picks cleanly onto v0.
      if (s.kind === 'history') assert.equal(merged.conflicts, 0, s.name)
      if (merged.conflicts === 0) assert.doesNotMatch(merged.text, /^<{7} /m)
    }
  })

  it('the driver: never more conflicted merges than git merge-file per kind, none where both sides only append or touch different units, no added line lost unless a note says why', () => {
    const conflicted = new Map<string, {git: number; driver: number}>()
    for (const s of scenarios) {
      const merged = mergeLedgerTexts({base: s.base, ours: s.ours, theirs: s.theirs, path: s.path})
      const counts = conflicted.get(s.kind) ?? {git: 0, driver: 0}
      counts.git += gitMergeFile(s.ours, s.base, s.theirs).conflicts > 0 ? 1 : 0
      counts.driver += merged.conflicts > 0 ? 1 : 0
      conflicted.set(s.kind, counts)
      assert.equal(merged.conflicts, countConflictHunks(merged.text), s.name)
      if (!s.kind.startsWith('history') && s.kind !== 'real-merge') assert.equal(merged.conflicts, 0, `${s.name}: ${merged.notes.join('; ')}`)
      // A line missing from the result is one the driver rewrote (a renumbered attempt, the later
      // Last Updated) or dropped with the unit the other side removed: each is said in a note.
      const result = new Set(merged.text.split(/\r?\n/).map((line) => line.trim()))
      const inBase = new Set(s.base.split(/\r?\n/).map((line) => line.trim()))
      const lost = [s.ours, s.theirs].flatMap((side) => side.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !inBase.has(line) && !result.has(line)))
      if (merged.conflicts === 0 && lost.length > 0) assert.ok(merged.notes.some((note) => /^(renumbered|dropped)/.test(note)) || /last updated/i.test(lost.join('\n')), `${s.name}: lost ${lost.join(' | ')}`)
    }
    for (const [kind, counts] of conflicted) assert.ok(counts.driver <= counts.git, `${kind}: driver ${counts.driver} > git ${counts.git}`)
    const total = [...conflicted.values()].reduce((sum, counts) => ({git: sum.git + counts.git, driver: sum.driver + counts.driver}), {git: 0, driver: 0})
    assert.ok(total.driver * 10 <= total.git, `driver ${total.driver} vs git ${total.git}`)
  })
})

describe('countConflictHunks', () => {
  it('counts opening markers of the given size at line starts only', () => {
    const text = 'a\n<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\nb\n <<<<<<< not a marker\n<<<<<<<<< too long\n<<<<<<<\nz\n=======\n>>>>>>>\n'
    assert.equal(countConflictHunks(text), 2)
    assert.equal(countConflictHunks('<<<<<<<<<< side\n', 10), 1)
    assert.equal(countConflictHunks('no conflicts\n'), 0)
  })
})
