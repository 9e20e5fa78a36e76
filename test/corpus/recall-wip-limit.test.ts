import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {problemsOf} from '../support/recall-check.js'

// Recall: with `wipLimit` at the number of items already in progress, one more item set
// in_progress (its status rewritten where the file writes it) is reported at that item.

const FILES = ['seed-scenario/docs/fix_plan.md', 'wild/JularDepick+Maix-Agent/docs/fix_plan.md', 'wild/queukat+advsqlinjection/docs/fix_plan.md', 'wild/Ametrin-Yink+TradeScanner/docs/fix_plan.md']

describeWithCorpus('recall of wip-limit on real fix plans', function () {
  this.timeout(60_000)
  for (const file of FILES) {
    it(`${file}: one item more in progress than wipLimit allows`, async () => {
      const text = readFileSync(corpusPath(file), 'utf8')
      const items = readFixPlan(createDocument('fix_plan.md', text)).items
      const limit = Math.max(1, items.filter((item) => item.state === 'in_progress').length)
      // The last items not in progress, as many as it takes to go one over the limit.
      const candidates = items.filter((item) => item.state !== 'in_progress' && item.statusSpan && item.statusSource !== 'box')
      const wanted = limit + 1 - items.filter((item) => item.state === 'in_progress').length
      const chosen = candidates.slice(-wanted)
      assert.equal(chosen.length, wanted, 'enough items with a status to rewrite')
      let injected = text
      for (const item of [...chosen].sort((a, b) => b.statusSpan!.start - a.statusSpan!.start)) {
        injected = injected.slice(0, item.statusSpan!.start) + 'in_progress' + injected.slice(item.statusSpan!.end)
      }
      const reread = readFixPlan(createDocument('fix_plan.md', injected)).items.filter((item) => item.state === 'in_progress')
      assert.equal(reread.length, limit + 1, 'the injection reads as in_progress')
      assert.deepEqual(await problemsOf('wip-limit', text, {wipLimit: limit}), [])
      assert.deepEqual(await problemsOf('wip-limit', injected), [], 'off without wipLimit')
      const reports = await problemsOf('wip-limit', injected, {wipLimit: limit})
      assert.deepEqual(
        reports.map((problem) => [problem.line, problem.message]),
        [[reread[limit].line, `More items are in_progress than \`wipLimit\` allows (${limit})`]],
      )
    })
  }
})
