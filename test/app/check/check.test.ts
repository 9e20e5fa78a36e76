import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {runCheck, type CheckOptions} from '../../../src/app/check/check.js'
import {resolveConfig} from '../../../src/config/config.js'
import type {ProjectConfig} from '../../../src/config/project-config.js'
import type {Rule, RuleContext} from '../../../src/rules/rule.js'

const FIX_PLAN = '# Fix Plan\n\n## [A-1] Item\n- Status: pending\n- Attempts History:\n  * [2025-10-17] Attempt #1 — first.\n'

/** A rule that records the contexts it was given and reports every fix-plan item, once per Attempt #1 text. */
function spyRule(seen: RuleContext[]): Rule {
  return {
    id: 'spy',
    description: 'records its contexts',
    defaultSeverity: 'error',
    check(context) {
      seen.push(context)
      return (context.fixPlan?.items ?? []).map((item) => ({path: context.fixPlan!.doc.path, line: item.line, message: `item ${item.id} ${item.attempts?.entries[0]?.text ?? ''}`}))
    },
  }
}

describe('runCheck', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-check-'))
    fs.mkdirSync(path.join(root, 'docs'))
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), FIX_PLAN)
  })
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

  const project = (): ProjectConfig => ({cwd: root, root, config: resolveConfig()})
  const options = (extra: Partial<CheckOptions>): CheckOptions => ({paths: [], staged: false, strict: false, ...extra})

  it('passes --strict, the root and a work-tree pathExists to the rules', async () => {
    const seen: RuleContext[] = []
    const result = await runCheck(project(), options({strict: true, rules: [spyRule(seen)]}))
    assert.equal(seen.length, 1)
    assert.equal(seen[0].strict, true)
    assert.equal(seen[0].root, root)
    assert.equal(seen[0].baseline, undefined)
    assert.equal(seen[0].pathExists(path.join(root, 'docs/fix_plan.md')), true)
    assert.equal(seen[0].pathExists(path.join(root, 'docs/nope.md')), false)
    assert.deepEqual(result.files, ['docs/fix_plan.md'])
    assert.deepEqual(result.summary, {errors: 1, warnings: 0, files: 1})
    assert.equal(result.problems[0].preexisting, false)
  })

  it('compares with a revision under --since: the baseline reaches the rules, old problems become warnings', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', ...args], {cwd: root, stdio: 'ignore'})
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'one')
    fs.appendFileSync(path.join(root, 'docs/fix_plan.md'), '\n## [B-2] New\n- Status: pending\n- Attempts History:\n  * [2025-10-18] Attempt #1 — new.\n')
    const seen: RuleContext[] = []
    const result = await runCheck(project(), options({since: 'HEAD', rules: [spyRule(seen)]}))
    assert.equal(result.mode, 'since')
    assert.equal(result.baseline, 'HEAD')
    assert.equal(seen[0].baseline?.fixPlan?.doc.text, FIX_PLAN)
    assert.deepEqual(
      result.problems.map((p) => [p.message, p.severity, p.preexisting]),
      [
        ['item A-1 first.', 'warning', true],
        ['item B-2 new.', 'error', false],
      ],
    )
  })
})
