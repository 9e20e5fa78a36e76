import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {at, lineMatching, problemsOf, readIn, removeRepo, repoFromCorpus, replaceLine, writeIn} from '../support/recall.js'

// Recall of unknown-finding: real fix plans next to a real findings ledger, one of their lines given
// a citation of a finding the ledger lacks, in each form the rule knows: under a `Findings:` label
// (error), by link to the ledger (error), and bare, shaped like the ledger's own IDs (warning). Each
// is reported at that line; the line untouched is not.

interface Case {
  fixPlan: {path: string; from: string}
  findings: string
  /** The real line the citation is appended to. */
  line: RegExp
}

const CASES: Case[] = [
  {fixPlan: {path: 'docs/fix_plan.md', from: 'seed-scenario/docs/fix_plan.md'}, findings: 'seed-scenario/docs/findings.md', line: /Attempt #7 — /},
  // The dose_experiments branch's own findings ledger is empty; the main branch's holds the same project's findings.
  {fixPlan: {path: 'docs/fix_plan.md', from: 'ptychopinn/dose_experiments/docs/fix_plan.md'}, findings: 'ptychopinn/main/docs/findings.md', line: /^\*\*Action:\*\*/},
  {fixPlan: {path: 'docs/fix_plan.md', from: 'ptychopinn/dose_experiments/fix_plan.md'}, findings: 'ptychopinn/main/docs/findings.md', line: /^- Status: in_progress/},
]

const FORMS = [
  {form: 'under a Findings: label', text: ' Findings: CONFIG-777.', id: 'CONFIG-777', severity: 'error', message: /^Finding `CONFIG-777` under `Findings` is not in the findings ledger/},
  {form: 'by link to the ledger', text: ' See [CONFIG-778](findings.md#config-778).', id: 'CONFIG-778', severity: 'error', message: /^Finding `config-778` cited by link `findings\.md#config-778` is not in the findings ledger/i},
  {form: 'bare, shaped like a finding ID', text: ' Also relates to POLICY-404.', id: 'POLICY-404', severity: 'warning', message: /^`POLICY-404` looks like a finding ID but is not in the findings ledger/},
] as const

describeWithCorpus('recall: unknown-finding on real fix plans', () => {
  for (const {fixPlan, findings, line} of CASES) {
    for (const {form, text, severity, message} of FORMS) {
      it(`${fixPlan.from}: an unknown finding cited ${form} is reported at its line`, async () => {
        const root = repoFromCorpus({[fixPlan.path]: fixPlan.from, 'docs/findings.md': findings})
        try {
          const original = readIn(root, fixPlan.path)
          const target = lineMatching(original, line)
          assert.deepEqual(at(await problemsOf(root, 'unknown-finding'), fixPlan.path, target), [])
          writeIn(root, fixPlan.path, replaceLine(original, target, (old) => old + text))
          const found = at(await problemsOf(root, 'unknown-finding'), fixPlan.path, target)
          assert.equal(found.length, 1, JSON.stringify(found))
          assert.equal(found[0].severity, severity)
          assert.match(found[0].message, message)
        } finally {
          removeRepo(root)
        }
      })
    }
  }
})
