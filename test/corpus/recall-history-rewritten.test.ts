import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {commitAll, injectEntryDefect, problemsOf, readIn, removeRepo, repoFromCorpus, writeIn} from '../support/recall.js'

// Recall of history-rewritten: a real fix plan committed as the baseline, then one of its older
// Attempts History entries edited, deleted or moved in the work tree (`check --since HEAD`). Each is
// reported at the entry's line now (for a deletion: the entry that took its place); the committed
// file unchanged reports nothing.

interface Case {
  path: string
  from: string
  /** First line of an entry. */
  entry: RegExp
}

const CASES: Case[] = [
  // `  * [date] Attempt #N — …` entries of an item
  {path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md', entry: /^\s+\* \[\d{4}-\d\d-\d\d\] Attempt #\d+/},
  // `### <timestamp> — …` heading entries of the file's own Attempts History
  {path: 'docs/fix_plan.md', from: 'ptychopinn/dose_experiments/docs/fix_plan.md', entry: /^### \d{4}-\d\d-\d\dT/},
  {path: 'docs/fix_plan.md', from: 'ptychopinn/history/dose_experiments-docs-fix_plan/020-bc7e9caf5f.md', entry: /^### \d{4}-\d\d-\d\dT/},
]

describeWithCorpus('recall: history-rewritten on real fix plans', () => {
  for (const {path, from, entry} of CASES) {
    for (const defect of ['edited', 'deleted', 'moved'] as const) {
      it(`${from}: an older entry ${defect} is reported at its line`, async () => {
        const root = repoFromCorpus({[path]: from})
        try {
          commitAll(root)
          assert.deepEqual(await problemsOf(root, 'history-rewritten', ['--since', 'HEAD']), [])
          const injected = injectEntryDefect(readIn(root, path), entry, defect)
          writeIn(root, path, injected.text)
          const found = await problemsOf(root, 'history-rewritten', ['--since', 'HEAD'])
          assert.deepEqual(found.map(({line, severity}) => ({line, severity})), [{line: injected.line, severity: 'error'}], JSON.stringify(found))
          assert.match(found[0].message, new RegExp(`was ${defect}; the Attempts History is append-only`))
        } finally {
          removeRepo(root)
        }
      })
    }
  }
})
