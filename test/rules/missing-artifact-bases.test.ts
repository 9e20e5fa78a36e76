import assert from 'node:assert/strict'
import {missingArtifact} from '../../src/rules/missing-artifact.js'
import {contextFrom, ignoreQueries} from './rule-context.js'

const PLAN_PATH = 'plans/active/X-001/implementation.md'
const STAMP_FOLDER = 'plans/active/X-001/reports/2025-10-19T193425Z'

/** The paths missing-artifact reports for one done row's guidance `note`, with `existing` files present. */
function reportedFor(note: string, existing: string[], extra: {ignored?: string[]; header?: string} = {}): string[] {
  const plan = `# Plan\n${extra.header ?? ''}\n| ID | State | Guidance |\n| --- | --- | --- |\n| A1 | [x] | ${note} |\n`
  const reports = missingArtifact.check(contextFrom({plans: {[PLAN_PATH]: plan}, existing, ignored: extra.ignored}))
  return reports.map((report) => /`([^`]+)`/.exec(report.message)![1])
}

describe('missing-artifact: the folders a path is read against', () => {
  it('the tail of a longer path the same row names (a file beside it, a sibling folder)', () => {
    const existing = [`${STAMP_FOLDER}/phase_c/summary.md`, `${STAMP_FOLDER}/phase_c/rotation_audit.md`, `${STAMP_FOLDER}/env.json`]
    const note = `Wrote \`reports/2025-10-19T193425Z/phase_c/summary.md\`, \`rotation_audit.md\`, \`phase_c/rotation_audit.md\`, \`env.json\` and \`gone.md\``
    assert.deepEqual(reportedFor(note, existing), ['gone.md'])
  })

  it('a folder the row names, then paths inside it', () => {
    const existing = ['outputs/run7/metrics.json']
    assert.deepEqual(reportedFor('Outputs in `outputs/run7/`: `metrics.json`, `loss.png`', existing), ['loss.png'])
  })

  it('the stamp folder the row names, under the initiative reports folder', () => {
    const existing = [`${STAMP_FOLDER}/baseline/inventory.md`]
    assert.deepEqual(reportedFor('Run 2025-10-19T193425Z: `baseline/inventory.md`, `baseline/absent.md`', existing), ['baseline/absent.md'])
  })

  it("the plan's reports folder", () => {
    const existing = [`${STAMP_FOLDER}/phase_c/summary.md`]
    assert.deepEqual(reportedFor('`2025-10-19T193425Z/phase_c/summary.md`, `2025-10-19T193425Z/phase_c/gone.md`', existing), ['2025-10-19T193425Z/phase_c/gone.md'])
  })

  it('an `Artifacts Root:` field in the plan', () => {
    const existing = ['artifacts/x001/log.txt']
    assert.deepEqual(reportedFor('`log.txt` and `other.txt`', existing, {header: '- Artifacts Root: `artifacts/x001/`\n'}), ['other.txt'])
  })

  it('an item-level `Reports:` field for its attempt entries', () => {
    const fixPlan = '# Fix Plan\n\n## [X-001] Item\n- Status: in_progress\n- Reports: `plans/active/X-001/reports/`\n- Attempts History:\n  * [2025-10-19] Attempt #1 — `2025-10-19T193425Z/a.md` and `2025-10-19T193425Z/b.md`\n'
    const reports = missingArtifact.check(contextFrom({fixPlan, existing: [`${STAMP_FOLDER}/a.md`]}))
    assert.deepEqual(reports.map((report) => report.message), ['Artifact `2025-10-19T193425Z/b.md` cited by `[X-001]` Attempt #1 does not exist'])
  })

  it('a glob or template counts when something matches it, and is reported when nothing does', () => {
    const existing = ['logs/pytest_1.log', `${STAMP_FOLDER}/x.md`]
    const note = '`logs/pytest_*.log`, `logs/ruff_*.log`, `reports/<STAMP>/x.md`, `reports/<STAMP>/w.md`, `reports/…/y.md`'
    assert.deepEqual(reportedFor(note, existing), ['logs/ruff_*.log', 'reports/<STAMP>/w.md', 'reports/…/y.md'])
  })

  it('a template with a concrete instance beside it is judged by that instance alone', () => {
    // Written from the root or from the initiative folder, the instance is the file the row claims.
    const note = 'Document in `plans/active/X-001/reports/<TS>/summary.md`. Done: `reports/2025-10-19T193425Z/summary.md`; `<TS>/other.md`'
    assert.deepEqual(reportedFor(note, []), ['reports/2025-10-19T193425Z/summary.md', '<TS>/other.md'])
  })

  it('a path found as the tail of a longer one below a folder base, not below the root', () => {
    const existing = [`${STAMP_FOLDER}/logs/pytest_loader.log`, `${STAMP_FOLDER}/inbox_scan_summary.json`, 'src/deep/module/helper.py']
    const note = 'Logs: `logs/pytest_loader.log`, `pytest_loader.log`, `inbox_scan_summary.json`; `logs/absent.log`; helper `helper.py`, `module/helper.py`'
    assert.deepEqual(reportedFor(note, existing), ['logs/absent.log', 'helper.py', 'module/helper.py'])
  })

  it('a template or glob found below a folder base at any depth', () => {
    const existing = [`${STAMP_FOLDER}/phase_c/metrics_1.json`]
    assert.deepEqual(reportedFor('`phase_c/metrics_*.json`, `phase_c/loss_*.png`', existing), ['phase_c/loss_*.png'])
  })

  it('skips the steps listed under a lead-in saying what a tool does (`… CLI that:`), not the list after it', () => {
    const fixPlan =
      '# Fix Plan\n\n## [X-001] Item\n- Status: in_progress\n- Attempts History:\n  * [2025-10-19] Attempt #1 — Created `made.py` CLI that:\n' +
      '    1. Extracts `bundle.tar.gz` to a temp directory\n    2. Emits `diff.json`\n  * [2025-10-20] Attempt #2 — Outputs:\n    1. `out.json`\n'
    const reports = missingArtifact.check(contextFrom({fixPlan}))
    assert.deepEqual(reports.map((report) => /`([^`]+)`/.exec(report.message)![1]), ['made.py', 'out.json'])
  })

  it('skips future work: a future word earlier in the clause, an instruction in a log entry, a Next Actions list', () => {
    // In a done row an imperative is the task itself, done: `f.md` should exist.
    assert.deepEqual(reportedFor('Done `a.md`; next loop will write `b.md`. TODO: `c.md`. Draft: `d.md`. To be written: `e.md`. Add `f.md`', []), ['a.md', 'f.md'])
    const fixPlan =
      '# Fix Plan\n\n## [X-001] Item\n- Status: in_progress\n- Attempts History:\n  * [2025-10-19] Attempt #1 — wrote `done.md`.\n    - Add `tests/test_new.py` next.\n    **Next Actions:**\n    - `later.md` with the new CLI\n'
    const reports = missingArtifact.check(contextFrom({fixPlan}))
    assert.deepEqual(reports.map((report) => /`([^`]+)`/.exec(report.message)![1]), ['done.md'])
  })

  it('does not report git-ignored paths, asking once for all candidates, and not at all when nothing is missing', () => {
    const before = ignoreQueries.length
    assert.deepEqual(reportedFor('`tmp/run.log`, `out.md`', [], {ignored: ['plans/active/X-001/tmp']}), ['out.md'])
    assert.equal(ignoreQueries.length, before + 1)
    assert.deepEqual(reportedFor('`here.md`', ['plans/active/X-001/here.md']), [])
    assert.equal(ignoreQueries.length, before + 1)
  })

  it('under --staged / --since, reports only paths the baseline did not cite', () => {
    const plan = (note: string) => `| ID | State | Guidance |\n| --- | --- | --- |\n| A1 | [x] | ${note} |\n`
    const context = contextFrom({plans: {[PLAN_PATH]: plan('`old.md` and `new.md`')}, baseline: {plans: {[PLAN_PATH]: plan('`old.md`')}}})
    assert.deepEqual(missingArtifact.check(context).map((report) => /`([^`]+)`/.exec(report.message)![1]), ['new.md'])
  })
})
