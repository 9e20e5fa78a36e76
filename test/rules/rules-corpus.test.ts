import assert from 'node:assert/strict'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {attemptNumbering} from '../../src/rules/attempt-numbering.js'
import {brokenLink} from '../../src/rules/broken-link.js'
import {doneWithoutEvidence} from '../../src/rules/done-without-evidence.js'
import {missingArtifact} from '../../src/rules/missing-artifact.js'
import {phaseStatus} from '../../src/rules/phase-status.js'
import type {RuleContext} from '../../src/rules/rule.js'
import {unknownFinding} from '../../src/rules/unknown-finding.js'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'
import {contextFrom} from './rule-context.js'
import {entriesUnder} from './seed-context.js'

const RULES = [unknownFinding, attemptNumbering, missingArtifact, doneWithoutEvidence, brokenLink, phaseStatus]

/** A context over one corpus tree: its fix plan and findings (when given) and every other Markdown file as a plan. */
function treeContext(tree: string, fixPlan?: string, findingsText?: string): RuleContext {
  const root = corpusPath(tree)
  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const ledgers = new Set(['docs/fix_plan.md', 'fix_plan.md', 'docs/findings.md'])
  const plans = markdownFilesUnder(root)
    .map((path) => path.slice(root.length + 1))
    .filter((path) => !ledgers.has(path))
  return contextFrom({
    fixPlan: fixPlan && read(fixPlan),
    findings: findingsText ?? read('docs/findings.md'),
    plans: Object.fromEntries(plans.map((path) => [path, read(path)])),
    existing: entriesUnder(root),
  })
}

/** Runs every rule; each report must point inside a checked file and carry a one-line message without line numbers. */
function checkAll(context: RuleContext): number {
  const lines = new Map(context.files.map((file) => [file.doc.path, file.doc.lines]))
  let count = 0
  for (const rule of RULES) {
    for (const report of rule.check(context)) {
      const where = `${rule.id} ${report.path}:${report.line}: ${report.message}`
      const fileLines = lines.get(report.path)
      assert.ok(fileLines, where)
      assert.ok(report.line >= 1 && report.line <= fileLines.length, where)
      assert.ok((report.column ?? 1) >= 1 && (report.column ?? 1) <= fileLines[report.line - 1].text.length + 1, where)
      assert.doesNotMatch(report.message, /\n|\bline \d/, where)
      count++
    }
  }
  return count
}

describeWithCorpus('the six ledger rules over the corpus', () => {
  it('run over ptychopinn main (findings, example plans) without throwing', () => {
    assert.ok(checkAll(treeContext('ptychopinn/main')) > 0)
  })

  it('run over ptychopinn dose_experiments (both fix plans, findings, plans) without throwing', () => {
    assert.ok(checkAll(treeContext('ptychopinn/dose_experiments', 'docs/fix_plan.md')) > 0)
    assert.ok(checkAll(treeContext('ptychopinn/dose_experiments', 'fix_plan.md')) > 0)
  })

  it('run over all 55 versions of the dose_experiments fix plan (mocha’s timeout stops a runaway; speed is measured in bench/)', function () {
    this.timeout(120_000)
    const dir = corpusPath('ptychopinn/history/dose_experiments-docs-fix_plan')
    const versions = readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
    assert.equal(versions.length, 55)
    // The large findings ledger, so unknown-finding has real IDs to compare against.
    const findings = readFileSync(corpusPath('ptychopinn/main/docs/findings.md'), 'utf8')
    let reports = 0
    for (const version of versions) reports += checkAll(contextFrom({fixPlan: readFileSync(join(dir, version), 'utf8'), findings}))
    assert.ok(reports > versions.length, `${reports} reports`)
  })
})
