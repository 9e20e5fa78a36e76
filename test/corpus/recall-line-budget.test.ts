import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {eolOf, problemsOf, readIn, removeRepo, repoFromCorpus, writeIn} from '../support/recall.js'

// Recall of line-budget: real fix plans grown past their budget (attempt-like lines appended) are
// reported at the line that reaches it; the real file, under its budget, is not.

/** The text with copies of an entry-like line appended until it has `total` lines. */
function grownTo(text: string, total: number): string {
  const eol = eolOf(text)
  const lines = text.split(eol)
  const body = lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines
  while (body.length < total) body.push(`- ${body.length + 1}: appended progress note`)
  return body.join(eol) + eol
}

const CASES: Array<{path: string; from: string; config?: number; severity: 'error' | 'warning'; why: string}> = [
  {path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md', severity: 'error', why: 'bracketed headings: the default budget of 1000 is an error'},
  {path: 'docs/fix_plan.md', from: 'wild/aloknag+kanban/docs/fix_plan.md', severity: 'warning', why: 'a checklist: the default budget is only a warning until lineBudget is set'},
  {path: 'fix_plan.md', from: 'wild/Caleb-T-Owens+lore/fix_plan.md', config: 300, severity: 'error', why: 'a configured lineBudget is an error in any dialect'},
  {path: 'docs/fix_plan.md', from: 'wild/LyeosMaouli+lm-video-subtitler/docs/fix_plan.md', config: 150, severity: 'error', why: 'CRLF lines count the same'},
]

describeWithCorpus('recall: line-budget on real fix plans', () => {
  for (const {path, from, config, severity, why} of CASES) {
    it(`${from}: grown past ${config ?? 1000} lines is reported at line ${config ?? 1000} (${why})`, async () => {
      const budget = config ?? 1000
      const root = repoFromCorpus({[path]: from}, {'.planledger.json': JSON.stringify({fixPlan: path, ...(config !== undefined && {lineBudget: config})})})
      try {
        const text = readIn(root, path)
        assert.ok(text.split(eolOf(text)).length < budget, 'the real file is under the budget')
        assert.deepEqual(await problemsOf(root, 'line-budget'), [])
        writeIn(root, path, grownTo(text, budget + 5))
        const found = await problemsOf(root, 'line-budget')
        assert.deepEqual(found.map(({path, line, severity}) => ({path, line, severity})), [{path, line: budget, severity}])
      } finally {
        removeRepo(root)
      }
    })
  }

  it('ptychopinn history: the version that crossed 1000 lines (037) is reported, the one before (036) is not', async () => {
    const folder = 'ptychopinn/history/dose_experiments-docs-fix_plan'
    const root = repoFromCorpus({'docs/fix_plan.md': `${folder}/036-c363e75bc7.md`})
    try {
      assert.deepEqual(await problemsOf(root, 'line-budget'), [])
      const crossed = repoFromCorpus({'docs/fix_plan.md': `${folder}/037-422a231cc7.md`})
      try {
        const found = await problemsOf(crossed, 'line-budget')
        assert.deepEqual(found.map(({line, severity}) => ({line, severity})), [{line: 1000, severity: 'error'}])
      } finally {
        removeRepo(crossed)
      }
    } finally {
      removeRepo(root)
    }
  })
})
