import assert from 'node:assert/strict'
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {describeWithCorpus} from '../support/corpus.js'
import {commitAll, git, problemsOf, removeRepo, repoFromCorpus} from '../support/recall.js'

// Recall of missing-ledger: real ledgers named in .planledger.json, then removed (never there,
// deleted since the baseline, renamed without the configuration following). Each is reported at
// line 1 of the ledger; with the file in place nothing is.

const CASES: Array<{role: 'fixPlan' | 'findings'; path: string; from: string}> = [
  {role: 'fixPlan', path: 'docs/fix_plan.md', from: 'ptychopinn/dose_experiments/docs/fix_plan.md'},
  {role: 'fixPlan', path: 'fix_plan.md', from: 'wild/Caleb-T-Owens+lore/fix_plan.md'},
  {role: 'fixPlan', path: '.agent/fix_plan.md', from: 'wild/go-vikunja+vikunja/.agent/fix_plan.md'},
  {role: 'findings', path: 'docs/findings.md', from: 'ptychopinn/main/docs/findings.md'},
]

const NAMES = {fixPlan: 'fix plan', findings: 'findings ledger'}

describeWithCorpus('recall: missing-ledger on real ledgers', () => {
  for (const {role, path, from} of CASES) {
    describe(`${from} as the configured ${NAMES[role]} ${path}`, () => {
      let root: string
      beforeEach(async () => {
        root = repoFromCorpus({[path]: from}, {'.planledger.json': JSON.stringify({[role]: path})})
        commitAll(root)
        assert.deepEqual(await problemsOf(root, 'missing-ledger'), [], 'present: nothing to report')
      })
      afterEach(() => removeRepo(root))

      it('absent from the work tree (plain check): reported at line 1', async () => {
        rmSync(join(root, path))
        const found = await problemsOf(root, 'missing-ledger')
        assert.deepEqual(found.map(({path, line, severity, message}) => ({path, line, severity, message})), [
          {path, line: 1, severity: 'error', message: `The configured ${NAMES[role]} ${path} does not exist`},
        ])
      })

      it('deleted since the baseline (git rm, --staged): reported at line 1', async () => {
        git(root, 'rm', '-q', path)
        const found = await problemsOf(root, 'missing-ledger', ['--staged'])
        assert.deepEqual(found.map(({path, line, severity}) => ({path, line, severity})), [{path, line: 1, severity: 'error'}])
        assert.match(found[0].message, /was deleted \(it is in HEAD\)/)
      })

      it('renamed (git mv) while the configuration names the old path (--staged): reported at line 1 of the new file', async () => {
        const moved = path.replace(/\.md$/, '_v2.md')
        git(root, 'mv', path, moved)
        const found = await problemsOf(root, 'missing-ledger', ['--staged'])
        assert.deepEqual(found.map(({path, line, severity}) => ({path, line, severity})), [{path: moved, line: 1, severity: 'error'}])
        assert.match(found[0].message, new RegExp(`was renamed to ${moved.replace('.', '\\.')}`))
      })
    })
  }
})

