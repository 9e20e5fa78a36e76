import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {at, insertLines, lineMatching, problemsOf, readIn, removeRepo, repoFromCorpus, writeIn} from '../support/recall.js'

// Recall of duplicate-id: one real item (heading or checkbox), plan row or finding copied (an agent pasting
// an entry twice), in copies of real ledgers of each kind. The copy is reported at its own line,
// naming the first; the untouched copy reports nothing there.

interface Case {
  kind: 'fix-plan item' | 'row ID' | 'finding ID'
  path: string
  from: string
  /** The line to copy; the copy goes right after it (same table or list), or at the end of the file. */
  line: RegExp
  place: 'after' | 'end'
  id: string
}

const CASES: Case[] = [
  {kind: 'fix-plan item', path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md', line: /^## \[TEST-PYTORCH-001\]/, place: 'end', id: '[TEST-PYTORCH-001]'},
  {kind: 'fix-plan item', path: 'fix_plan.md', from: 'ptychopinn/dose_experiments/fix_plan.md', line: /^### \[seed\]/, place: 'end', id: '[seed]'},
  {kind: 'fix-plan item', path: '@fix_plan.md', from: 'wild/jnyross+second-brain/@fix_plan.md', line: /^- \[ \] \*\*T-300\*\*/, place: 'after', id: '[T-300]'},
  {kind: 'fix-plan item', path: 'docs/fix_plan.md', from: 'wild/aloknag+kanban/docs/fix_plan.md', line: /^- \[x\] CR-01:/, place: 'after', id: '[CR-01]'},
  {kind: 'row ID', path: 'plans/active/TEST-PYTORCH-001/implementation.md', from: 'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md', line: /^\| A1 \|/, place: 'after', id: 'A1'},
  {kind: 'row ID', path: 'plans/active/REG/phase_1_checklist.md', from: 'ptychopinn/main/plans/examples/2025-07-registration-refactor/phase_1_checklist.md', line: /^\| 0\.A \|/, place: 'after', id: '0.A'},
  {kind: 'row ID', path: 'plans/active/SIM/phase_1_checklist.md', from: 'ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_1_checklist.md', line: /^\| 0\.B \|/, place: 'after', id: '0.B'},
  // A `## ID - Title` section repeated at the end (the same file's table rows are compared apart from its sections).
  {kind: 'finding ID', path: 'docs/findings.md', from: 'ptychopinn/main/docs/findings.md', line: /^## DATA-002 - /, place: 'end', id: 'DATA-002'},
  {kind: 'finding ID', path: 'docs/findings.md', from: 'ptychopinn/main/docs/findings.md', line: /^\| POLICY-001 \|/, place: 'after', id: 'POLICY-001'},
  {kind: 'finding ID', path: 'docs/findings.md', from: 'seed-scenario/docs/findings.md', line: /^\| CONFIG-001 \|/, place: 'after', id: 'CONFIG-001'},
]

describeWithCorpus('recall: duplicate-id on real ledgers', () => {
  for (const {kind, path, from, line, place, id} of CASES) {
    it(`${from}: a copied ${kind} ${id} is reported at the copy`, async () => {
      // Plans are checked when named; the fix plan and findings ledger are found where they are.
      const root = repoFromCorpus({[path]: from})
      try {
        const args = kind === 'row ID' ? [path] : []
        const text = readIn(root, path)
        const original = lineMatching(text, line)
        const lines = text.split(/\r?\n/)
        const copyAt = place === 'after' ? original + 1 : lines.length + (lines[lines.length - 1] === '' ? 0 : 1)
        assert.deepEqual(at(await problemsOf(root, 'duplicate-id', args), path, copyAt), [])
        writeIn(root, path, insertLines(text, copyAt, [lines[original - 1]]))
        const found = at(await problemsOf(root, 'duplicate-id', args), path, copyAt)
        assert.equal(found.length, 1, JSON.stringify(found))
        assert.equal(found[0].severity, 'error')
        assert.equal(found[0].message, `Duplicate ${kind} ${id}, first at line ${original}`)
      } finally {
        removeRepo(root)
      }
    })
  }
})

// Not injected: an ID heading repeated in the id-headings dialect (`### W1:` twice) is read as a
// details section of the first item, with a reader note, not as a second item (see
// src/ledger/dialects/id-headings.ts), so duplicate-id has nothing to compare there by design.
