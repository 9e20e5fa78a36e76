import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {planJournalEntry} from '../../src/edit/append-journal-entry.js'
import {mergeLedgerTexts} from '../../src/edit/merge/merge-ledger-texts.js'
import {planSetFields} from '../../src/edit/set-fields.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {planTick} from '../../src/edit/tick-rows.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {journalLayout} from '../../src/ledger/journal-layout.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {rebaseEdit} from '../support/rebase-edit.js'

/** Conflict blocks `git merge-file` leaves on the same three texts. */
function gitConflicts(base: string, ours: string, theirs: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'planledger-merge-'))
  try {
    for (const [name, text] of [['base', base], ['ours', ours], ['theirs', theirs]]) writeFileSync(join(dir, name), text)
    try {
      execFileSync('git', ['merge-file', '-q', join(dir, 'ours'), join(dir, 'base'), join(dir, 'theirs')])
    } catch {
      // Exit status = number of conflicts.
    }
    return (readFileSync(join(dir, 'ours'), 'utf8').match(/^<{7}/gm) ?? []).length
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** Lines a side added (not in BASE) that the merge lost; a renumbered attempt or list item counts as kept. */
function lostLines(base: string, sides: readonly string[], merged: string): string[] {
  const unnumbered = (line: string) => line.replace(/#\d+/, '#N').replace(/^(\s*)\d+([.)])/, '$1N$2')
  const before = new Set(base.split('\n'))
  const after = new Set(merged.split('\n').map(unnumbered))
  return sides.flatMap((side) => side.split('\n')).filter((line) => !before.has(line) && !after.has(unnumbered(line)))
}

describeWithCorpus('merge driver on real ledgers', () => {
  it('resolves the real neuron merge that plain git leaves in conflict, as the committed resolution did', () => {
    const dir = corpusPath('wild/SecBear+neuron/merge-f1c45d9aa5')
    const [base, ours, theirs, resolved] = ['base.md', 'ours.md', 'theirs.md', 'resolved.md'].map((name) => readFileSync(join(dir, name), 'utf8'))
    assert.equal(gitConflicts(base, ours, theirs), 1)
    const result = mergeLedgerTexts({base, ours, theirs, path: 'fix_plan.md'})
    assert.equal(result.conflicts, 0)
    // THEIRS moved four queue items to Completed; OURS had only reworded their Verify lines: the items go, each said.
    assert.equal(result.notes.filter((note) => note.startsWith('dropped: item')).length, 4)
    // The empty queue's `1. (empty)` THEIRS wrote goes (OURS's items stay), the queue is numbered
    // 1, 2 again, and no doubled blank line is left where the items were: the committed resolution,
    // byte for byte, but for the blank line the person added at the very end (neither side has it).
    assert.ok(result.notes.some((note) => note.startsWith('dropped: placeholder "1. (empty)"')))
    assert.ok(result.notes.some((note) => note.startsWith('renumbered: the numbered list under "Queue"')))
    assert.ok(resolved.endsWith('\n\n') && !ours.endsWith('\n\n') && !theirs.endsWith('\n\n'))
    assert.equal(result.text, resolved.slice(0, -1))
  })

  const histories = ['ptychopinn/history/dose_experiments-docs-fix_plan', 'ptychopinn/history/dose_experiments-galph_memory', 'wild/Caleb-T-Owens+lore/history', 'wild/SecBear+neuron/history', 'wild/jnyross+second-brain/history']

  it('merges two consecutive real edits branched off one version, losing no added line, with fewer conflicts than git', function () {
    this.timeout(120_000)
    let [driverTotal, gitTotal] = [0, 0]
    for (const history of histories) {
      const dir = corpusPath(history)
      const path = history.includes('galph_memory') ? 'galph_memory.md' : 'docs/fix_plan.md'
      const versions = readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => readFileSync(join(dir, name), 'utf8'))
      for (let at = 0; at + 2 < versions.length; at++) {
        const [base, ours] = [versions[at], versions[at + 1]]
        const theirs = rebaseEdit(base, ours, versions[at + 2])
        const result = mergeLedgerTexts({base, ours, theirs, path})
        assert.equal(result.text.match(/^<{7} /gm)?.length ?? 0, result.conflicts, `${history} #${at}: markers counted`)
        // A line may only go with an item the other side removed (said in a note).
        const dropped = result.notes.filter((note) => note.startsWith('dropped: item ')).map((note) => note.slice('dropped: item '.length, note.indexOf(' was removed')))
        // And a placeholder (`1. (empty)`) one side wrote where the merged list still holds items (said too).
        const placeholders = result.notes.flatMap((note) => /^dropped: placeholder "(.*?)"/.exec(note)?.[1] ?? [])
        const lost = lostLines(base, [ours, theirs], result.text).filter((line) => !dropped.some((key) => line.includes(key)) && !placeholders.includes(line.trim()))
        assert.deepEqual(lost, [], `${history} #${at}`)
        driverTotal += result.conflicts
        gitTotal += gitConflicts(base, ours, theirs)
      }
    }
    assert.ok(driverTotal * 5 < gitTotal, `driver ${driverTotal} conflicts vs git merge-file ${gitTotal}`)
  })

  describe('edits planledger itself makes, on both sides of a real ledger', () => {
    const now = new Date('2025-10-20T12:00:00Z')
    const fixPlanPath = () => corpusPath('seed-scenario/docs/fix_plan.md')
    const edit = (text: string, change: (ledger: ReturnType<typeof readFixPlan>) => Array<{start: number; end: number; text: string}>) => applyEdits(text, change(readFixPlan(createDocument('docs/fix_plan.md', text))))
    const item = (ledger: ReturnType<typeof readFixPlan>, id: string) => ledger.items.find((candidate) => candidate.id === id)!
    const attempt = (id: string, body: string, date: string) => (ledger: ReturnType<typeof readFixPlan>) =>
      planAttempt(ledger, item(ledger, id), {body, date, now, artifacts: [], findings: []}).edits
    const setStatus = (id: string, value: string) => (ledger: ReturnType<typeof readFixPlan>) =>
      planSetFields(ledger, item(ledger, id), [{key: 'Status', value, argument: `Status=${value}`}]).edits

    it('both append attempts to one item: both kept, by date, the later renumbered', () => {
      const base = readFileSync(fixPlanPath(), 'utf8')
      const ours = edit(base, attempt('TEST-PYTORCH-001', 'ours: runtime profile.', '2025-10-21'))
      const theirs = edit(base, attempt('TEST-PYTORCH-001', 'theirs: env snapshot.', '2025-10-20'))
      assert.ok(gitConflicts(base, ours, theirs) > 0)
      const result = mergeLedgerTexts({base, ours, theirs, path: 'docs/fix_plan.md'})
      assert.equal(result.conflicts, 0)
      const [theirsAt, oursAt] = [result.text.indexOf('Attempt #8 — theirs: env snapshot.'), result.text.indexOf('Attempt #9 — ours: runtime profile.')]
      assert.ok(theirsAt > 0 && oursAt > theirsAt, result.text)
      assert.ok(result.notes.some((note) => note.startsWith('renumbered:')))
    })

    it('one sets Status (and its index row) while the other appends: both taken', () => {
      const base = readFileSync(fixPlanPath(), 'utf8')
      const ours = edit(base, setStatus('TEST-PYTORCH-001', 'done'))
      const theirs = edit(base, attempt('TEST-PYTORCH-001', 'theirs: closing run.', '2025-10-20'))
      const result = mergeLedgerTexts({base, ours, theirs, path: 'docs/fix_plan.md'})
      assert.equal(result.conflicts, 0)
      const merged = readFixPlan(createDocument('docs/fix_plan.md', result.text))
      const merge = item(merged, 'TEST-PYTORCH-001')
      assert.equal(merge.status, 'done')
      assert.match(merge.attempts!.entries.at(-1)!.text, /theirs: closing run\./)
      assert.equal(merged.index.find((entry) => entry.id === 'TEST-PYTORCH-001')?.status, 'done')
    })

    it('adjacent index rows changed on each side: both taken', () => {
      const base = readFileSync(fixPlanPath(), 'utf8')
      const ids = readFixPlan(createDocument('docs/fix_plan.md', base)).index.map((entry) => entry.id)
      assert.ok(ids.length >= 2)
      const ours = edit(base, setStatus(ids[0], 'blocked'))
      const theirs = edit(base, setStatus(ids[1], 'blocked'))
      assert.ok(gitConflicts(base, ours, theirs) > 0)
      const result = mergeLedgerTexts({base, ours, theirs, path: 'docs/fix_plan.md'})
      const merged = readFixPlan(createDocument('docs/fix_plan.md', result.text))
      assert.equal(result.conflicts, 0)
      for (const id of ids.slice(0, 2)) assert.equal(merged.index.find((entry) => entry.id === id)?.status, 'blocked', id)
    })

    it('different rows of a real plan ticked on each side: both ticked', () => {
      const planFile = corpusPath('seed-scenario/plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md')
      const base = readFileSync(planFile, 'utf8')
      const tick = (id: string) => applyEdits(base, planTick(readPlan(createDocument('plan.md', base)), {ids: [id], state: 'done', evidence: {date: '2025-10-20', note: `${id} done`, artifacts: []}}).edits)
      const result = mergeLedgerTexts({base, ours: tick('D1.A'), theirs: tick('D1.B'), path: 'plans/active/TEST-PYTORCH-001/plan.md'})
      assert.equal(result.conflicts, 0)
      const rows = readPlan(createDocument('plan.md', result.text)).rows
      for (const id of ['D1.A', 'D1.B']) assert.equal(rows.find((row) => row.id === id)?.state?.state, 'done', id)
      assert.equal(rows.find((row) => row.id === 'D1.C')?.state?.state, 'open')
    })

    it('both append to the real galph_memory: both entries kept, in time order', () => {
      const base = readFileSync(corpusPath('ptychopinn/dose_experiments/galph_memory.md'), 'utf8')
      const append = (date: string, body: string) => {
        const doc = createDocument('galph_memory.md', base)
        return applyEdits(base, planJournalEntry(doc, journalLayout(doc, scanDocument(doc)), {body, date, now}).edits)
      }
      const ours = append('2026-02-01T120000Z', 'focus=ours')
      const theirs = append('2026-02-01T110000Z', 'focus=theirs')
      assert.ok(gitConflicts(base, ours, theirs) > 0)
      const result = mergeLedgerTexts({base, ours, theirs, path: 'galph_memory.md'})
      assert.equal(result.conflicts, 0)
      const [theirsAt, oursAt] = [result.text.indexOf('focus=theirs'), result.text.indexOf('focus=ours')]
      assert.ok(theirsAt > 0 && oursAt > theirsAt)
    })
  })
})
