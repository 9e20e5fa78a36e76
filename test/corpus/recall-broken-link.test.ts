import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {at, lineMatching, problemsOf, readIn, removeRepo, repoFromCorpus, replaceLine, writeIn} from '../support/recall.js'

// Recall of broken-link: real ledgers given a relative Markdown link to a file that is not there,
// or one that leaves the repository (warnings), and real Working Plan fields given a path that is
// not there (an error while the item is open). Each is reported at its line and column; the line
// as it was is not.

const LINK_CASES: Array<{path: string; from: string; line: RegExp}> = [
  {path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md', line: /Attempt #7 — /},
  {path: 'fix_plan.md', from: 'wild/Caleb-T-Owens+lore/fix_plan.md', line: /^- \[x\] /},
  {path: 'docs/findings.md', from: 'ptychopinn/main/docs/findings.md', line: /^## DATA-002 - /},
  // CRLF line endings
  {path: 'docs/fix_plan.md', from: 'wild/LyeosMaouli+lm-video-subtitler/docs/fix_plan.md', line: /^### /},
]

const LINKS = [
  {kind: 'to a missing file', link: '[notes](notes/run-2026-01-01.md)', message: (folder: string) => `Link \`notes/run-2026-01-01.md\` points to a missing \`${folder}notes/run-2026-01-01.md\``},
  {kind: 'leaving the repository', link: '[shared](../../../outside/plan.md)', message: () => 'Link `../../../outside/plan.md` escapes the repository'},
]

// Every real item with a Working Plan (or its alias `Plan:`) that is open; its plan file is copied too.
const WORKING_PLAN_CASES: Array<{path: string; from: string; plan: string; planFrom: string; item: string}> = [
  {path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md', plan: 'plans/active/TEST-PYTORCH-001/implementation.md', planFrom: 'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md', item: '[TEST-PYTORCH-001]'},
  {path: 'fix_plan.md', from: 'ptychopinn/dose_experiments/fix_plan.md', plan: 'plans/active/seed/implementation.md', planFrom: 'ptychopinn/dose_experiments/plans/active/seed/implementation.md', item: '[seed]'},
]

describeWithCorpus('recall: broken-link on real ledgers', () => {
  for (const {path, from, line} of LINK_CASES) {
    for (const {kind, link, message} of LINKS) {
      it(`${from}: a link ${kind} is reported at its line and column`, async () => {
        const root = repoFromCorpus({[path]: from})
        try {
          const text = readIn(root, path)
          const lineNumber = lineMatching(text, line)
          const args = [path]
          assert.deepEqual(at(await problemsOf(root, 'broken-link', args), path, lineNumber), [])
          let column = 0
          writeIn(root, path, replaceLine(text, lineNumber, (old) => {
            column = old.length + ' see '.length + link.indexOf('](') + 3
            return `${old} see ${link}`
          }))
          const found = at(await problemsOf(root, 'broken-link', args), path, lineNumber)
          const folder = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : ''
          assert.deepEqual(found.map((problem) => ({severity: problem.severity, message: problem.message, column: problem.column})), [
            {severity: 'warning', message: message(folder), column},
          ])
        } finally {
          removeRepo(root)
        }
      })
    }
  }

  for (const {path, from, plan, planFrom, item} of WORKING_PLAN_CASES) {
    it(`${from}: the open item ${item}'s Working Plan mistyped is a plan-reference error at the path (broken-link leaves plan fields to it)`, async () => {
      const root = repoFromCorpus({[path]: from, [plan]: planFrom})
      try {
        const text = readIn(root, path)
        const field = lineMatching(text, new RegExp(`\`${plan.replace(/[.]/g, '\\.')}\``))
        assert.deepEqual(at(await problemsOf(root, 'plan-reference'), path, field), [], 'the real path resolves')
        const typo = plan.replace('/implementation.md', '/implementaion.md')
        writeIn(root, path, replaceLine(text, field, (old) => old.replace(plan, typo)))
        assert.deepEqual(at(await problemsOf(root, 'broken-link'), path, field), [], 'reported once, not by both rules')
        const found = at(await problemsOf(root, 'plan-reference'), path, field)
        assert.equal(found.length, 1, JSON.stringify(found))
        assert.equal(found[0].severity, 'error')
        assert.equal(found[0].message, `Working Plan \`${typo}\` of \`${item}\` does not exist`)
      } finally {
        removeRepo(root)
      }
    })
  }
})
