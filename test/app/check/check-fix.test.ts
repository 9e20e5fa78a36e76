import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {planCheckFix} from '../../../src/app/check/check-fix.js'
import type {CheckOptions} from '../../../src/app/check/check.js'
import {resolveConfig} from '../../../src/config/config.js'
import type {ProjectConfig} from '../../../src/config/project-config.js'
import {RULES} from '../../../src/rules/index.js'
import type {Rule} from '../../../src/rules/rule.js'

const FIX_PLAN = [
  '# Fix Plan',
  '',
  '**Last Updated:** 2026-11-01',
  '',
  '## Index',
  '',
  '| ID | Title | Status |',
  '| --- | --- | --- |',
  '| A-1 | First | pending |',
  '',
  '## [A-1] First',
  '- Status: in_progress',
  '- Attempts History:',
  '  * [2026-11-18] Attempt #1 — a',
  '  * [2026-11-19] Attempt #1 — b',
  '',
].join('\n')

/** Reports the header whatever it says, unlike the real `last-updated` rule: shows that the fixer judges for itself. */
const headerReported: Rule = {
  id: 'last-updated',
  description: 'stand-in',
  defaultSeverity: 'warning',
  check: (context) => (context.fixPlan ? [{path: context.fixPlan.doc.path, line: 3, message: 'Last Updated is stale'}] : []),
}

describe('planCheckFix', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-fix-'))
    fs.mkdirSync(path.join(root, 'docs'))
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), FIX_PLAN)
  })
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

  const project = (): ProjectConfig => ({cwd: root, root, config: resolveConfig()})
  const options = (rules: readonly Rule[]): CheckOptions => ({paths: [], staged: false, strict: false, rules})

  it('plans one change for the file with every mechanical repair, and writes nothing', async () => {
    const plan = await planCheckFix(project(), options(RULES))
    assert.deepEqual(
      plan.fixes.map((fix) => [fix.rule, fix.line]),
      [
        ['last-updated', 3],
        ['index-mismatch', 9],
        ['attempt-numbering', 15],
      ],
    )
    assert.equal(plan.changes.length, 1)
    const expected = FIX_PLAN.replace('2026-11-01', '2026-11-19').replace('| First | pending |', '| First | in_progress |').replace('Attempt #1 — b', 'Attempt #2 — b')
    assert.equal(plan.changes[0].after, expected)
    assert.equal(fs.readFileSync(path.join(root, 'docs/fix_plan.md'), 'utf8'), FIX_PLAN)
  })

  it('answers a report only where its fixer finds something mechanical to do', async () => {
    const current = FIX_PLAN.replace('2026-11-01', '2026-11-19')
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), current)
    const plan = await planCheckFix(project(), options([headerReported]))
    assert.equal(plan.check.problems.length, 1)
    assert.deepEqual(plan.fixes, [])
    assert.deepEqual(plan.changes, [])
  })

  it('leaves a file with conflict markers alone, and says so', async () => {
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), `${FIX_PLAN}<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\n`)
    const plan = await planCheckFix(project(), options(RULES))
    assert.deepEqual(plan.changes, [])
    assert.deepEqual(plan.warnings, ['docs/fix_plan.md has git conflict markers: not fixed; resolve the merge first'])
  })
})
