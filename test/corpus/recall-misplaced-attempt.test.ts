import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {ended, lineOf, problemsOf} from '../support/recall-check.js'

// Recall: each kind of misplaced entry the rule knows, injected into copies of real `## [ID]` fix
// plans, is reported at its line, and is the only report the injection adds.

const FILES = [
  'seed-scenario/docs/fix_plan.md',
  'ptychopinn/dose_experiments/docs/fix_plan.md',
  'ptychopinn/dose_experiments/fix_plan.md',
  // Before any entry was appended under `## TODOs`.
  'ptychopinn/history/dose_experiments-docs-fix_plan/028-85b32db8f2.md',
]

// Two items appended to every file: the item-level kinds need two histories counting from #0
// (only seed-scenario has item histories at all, and they are not numbered per item).
const TWO_ITEMS = [
  '',
  '## [RECALL-A] Injected first item',
  '- Status: in_progress',
  '- Attempts History:',
  '  * [2026-02-01] Attempt #0 — planned',
  '  * [2026-02-02] Attempt #1 — started',
  '  * [2026-02-03] Attempt #2 — shipped',
  '',
  '## [RECALL-B] Injected second item',
  '- Status: open',
  '- Attempts History:',
  '  * [2026-02-01] Attempt #0 — planned',
  '',
].join('\n')

interface Kind {
  name: string
  /** Whether the two items are appended first (base and injected copy alike). */
  withItems: boolean
  /** Lines appended at the end; the one reported is `reported`. */
  appended: string[]
  reported: string
  message: RegExp
  /** Only files whose history is written as headings have sections to strand entries under. */
  onlyHeadingHistories?: boolean
}

const KINDS: Kind[] = [
  {
    name: 'an `Attempt #N` bullet in a prose section after everything',
    withItems: false,
    appended: ['', '## Notes', '', '- [2026-02-04] Attempt #99 — injected note', ''],
    reported: '- [2026-02-04] Attempt #99 — injected note',
    message: /^`Attempt #99` is outside any Attempts History$/,
  },
  {
    name: 'a dated entry heading appended under a later section',
    withItems: false,
    onlyHeadingHistories: true,
    appended: ['', '## Follow-ups', '', '### 2026-02-04T00:00Z — injected entry', 'body', ''],
    reported: '### 2026-02-04T00:00Z — injected entry',
    // Read into the history (after a section holding entries already) or not (after one holding none).
    message: /sit under `## Follow-ups`, outside the Attempts History|^Dated entry heading is outside any Attempts History$/,
  },
  {
    name: 'an entry nested under a field written after the Attempts History',
    withItems: true,
    appended: ['- Latest Status: verified', '  * [2026-02-04] Attempt #1 — verified the fix', ''],
    reported: '  * [2026-02-04] Attempt #1 — verified the fix',
    message: /sit under `- Latest Status:`/,
  },
  {
    name: 'an entry under one item opening with another item’s ID',
    withItems: true,
    appended: ['  * [2026-02-04] Attempt #1 — [RECALL-A] verified the fix', ''],
    reported: '  * [2026-02-04] Attempt #1 — [RECALL-A] verified the fix',
    message: /^Attempt entry under \[RECALL-B\] names \[RECALL-A\]$/,
  },
  {
    name: 'an entry whose number continues another item’s sequence',
    withItems: true,
    appended: ['  * [2026-02-04] Attempt #3 — verified the fix', ''],
    reported: '  * [2026-02-04] Attempt #3 — verified the fix',
    message: /^`Attempt #3` under \[RECALL-B\] continues \[RECALL-A\]'s numbering \(#2\), not \[RECALL-B\]'s$/,
  },
]

describeWithCorpus('recall of misplaced-attempt on real fix plans', function () {
  this.timeout(120_000)
  for (const file of FILES) {
    const original = ended(readFileSync(corpusPath(file), 'utf8'))
    const headingHistory = /^#{2,4} Attempts History/im.test(original)
    for (const kind of KINDS.filter((one) => headingHistory || !one.onlyHeadingHistories)) {
      it(`${file}: ${kind.name}`, async () => {
        const base = kind.withItems ? ended(original + TWO_ITEMS) : original
        // The item kinds append to the last item's history: drop the blank line that closes it.
        const injected = (kind.withItems ? base.replace(/\n\n$/, '\n') : base) + kind.appended.join('\n')
        const line = lineOf(injected, kind.reported)
        const before = await problemsOf('misplaced-attempt', base)
        const after = await problemsOf('misplaced-attempt', injected)
        const added = after.filter((problem) => !before.some((old) => old.line === problem.line && old.message === problem.message))
        assert.equal(added.length, 1, JSON.stringify(added))
        assert.equal(added[0].line, line)
        assert.match(added[0].message, kind.message)
        assert.ok(!before.some((problem) => problem.line === line), 'the uninjected copy reports nothing there')
      })
    }
  }
})
