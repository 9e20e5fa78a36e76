import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {at, insertLines, problemsOf, readIn, removeRepo, repoFromCorpus, writeIn} from '../support/recall.js'

// Recall of conflict-markers: a half-resolved merge (the three marker lines git writes) injected into
// copies of real ledgers, each marker reported at its own line; the untouched copy reports none there.

const CASES: Array<{path: string; from: string}> = [
  {path: 'docs/fix_plan.md', from: 'ptychopinn/dose_experiments/docs/fix_plan.md'},
  // CRLF line endings
  {path: 'docs/fix_plan.md', from: 'wild/LyeosMaouli+lm-video-subtitler/docs/fix_plan.md'},
  {path: 'docs/findings.md', from: 'ptychopinn/main/docs/findings.md'},
  {path: 'fix_plan.md', from: 'wild/SecBear+neuron/fix_plan.md'},
]

describeWithCorpus('recall: conflict-markers on real ledgers', () => {
  for (const {path, from} of CASES) {
    it(`${from}: <<<<<<<, ======= and >>>>>>> injected mid-file are each reported at their line`, async () => {
      const root = repoFromCorpus({[path]: from})
      try {
        const text = readIn(root, path)
        const middle = Math.floor(text.split('\n').length / 2)
        const clean = await problemsOf(root, 'conflict-markers')
        assert.deepEqual(clean, [])
        // ours / theirs around one original line, as `git merge` leaves them
        let injected = insertLines(text, middle, ['<<<<<<< HEAD', 'our side'])
        injected = insertLines(injected, middle + 3, ['=======', 'their side', '>>>>>>> feature'])
        writeIn(root, path, injected)
        const found = await problemsOf(root, 'conflict-markers')
        const markerLines = [middle, middle + 3, middle + 5]
        assert.deepEqual(found.map((problem) => problem.line), markerLines, JSON.stringify(found))
        for (const line of markerLines) assert.equal(at(found, path, line)[0].severity, 'error')
      } finally {
        removeRepo(root)
      }
    })
  }
})
