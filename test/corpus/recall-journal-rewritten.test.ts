import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {commitAll, injectEntryDefect, problemsOf, readIn, removeRepo, repoFromCorpus, writeIn} from '../support/recall.js'

// Recall of journal-rewritten: real versions of the supervisor's journal (galph_memory.md, the
// default journal) committed as the baseline, then one older `## <timestamp>` entry edited, deleted
// or moved (`check --since HEAD`). Each is reported at the entry's line now; unchanged, nothing is.

const JOURNAL = 'galph_memory.md'
const FROM = [
  'ptychopinn/dose_experiments/galph_memory.md',
  'ptychopinn/history/dose_experiments-galph_memory/0010.md',
  'ptychopinn/history/dose_experiments-galph_memory/0020.md',
]

describeWithCorpus('recall: journal-rewritten on real journals', () => {
  for (const from of FROM) {
    for (const defect of ['edited', 'deleted', 'moved'] as const) {
      it(`${from}: an older entry ${defect} is reported at its line`, async () => {
        const root = repoFromCorpus({[JOURNAL]: from})
        try {
          commitAll(root)
          assert.deepEqual(await problemsOf(root, 'journal-rewritten', ['--since', 'HEAD']), [])
          const injected = injectEntryDefect(readIn(root, JOURNAL), /^## \d{4}-\d\d-\d\dT/, defect)
          writeIn(root, JOURNAL, injected.text)
          const found = await problemsOf(root, 'journal-rewritten', ['--since', 'HEAD'])
          assert.deepEqual(found.map(({path, line, severity}) => ({path, line, severity})), [{path: JOURNAL, line: injected.line, severity: 'error'}], JSON.stringify(found))
          assert.match(found[0].message, new RegExp(`was ${defect}; the journal is append-only`))
        } finally {
          removeRepo(root)
        }
      })
    }
  }
})
