import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {planAttemptChange} from '../../src/app/attempt.js'
import {resolveConfig} from '../../src/config/config.js'
import {planSetChange} from '../../src/app/set.js'
import {showEntry} from '../../src/app/show.js'
import type {ProjectConfig} from '../../src/config/project-config.js'

// An item whose heading holds a U+2028 (LINE SEPARATOR) is found by show, set and attempt, and
// their edits land on its lines, every other byte as it was (the separator included).
const LS = '\u2028'

const FIX_PLAN = [
  '# Fix Plan',
  '',
  '| ID | Title | Priority | Status |',
  '| --- | --- | --- | --- |',
  '| [A-1](#a-1) | First | High | pending |',
  '',
  `## [A-1] First${LS}more title`,
  '- Status: pending',
  '- Attempts History:',
  '  * [2025-10-19] Attempt #1 — x',
  '',
  '## [B-2] Second',
  '- Status: done',
  '',
].join('\n')

/** FIX_PLAN with `remove` lines from 1-based `line` on replaced by `lines`. */
function withLines(line: number, remove: number, ...lines: string[]): string {
  const all = FIX_PLAN.split('\n')
  all.splice(line - 1, remove, ...lines)
  return all.join('\n')
}

describe('an item heading with a U+2028 in its title', () => {
  let root: string
  const fixPlanPath = () => path.join(root, 'docs/fix_plan.md')
  const project = (): ProjectConfig => ({cwd: root, root, config: resolveConfig()})

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-ls-'))
    fs.mkdirSync(path.join(root, 'docs'))
    fs.writeFileSync(fixPlanPath(), FIX_PLAN)
  })
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

  it('show finds it, with the title as written', async () => {
    const shown = await showEntry(project(), {id: 'A-1'})
    assert.equal(shown.kind, 'fix-plan-item')
    assert.deepEqual(shown.kind === 'fix-plan-item' && [shown.line, shown.title, shown.fields.map((field) => field.value)], [7, `First${LS}more title`, ['pending', '']])
  })

  it('set changes its Status line and its index row, and nothing else', async () => {
    const outcome = await planSetChange(project(), {item: 'A-1', assignments: ['Status=done']})
    assert.equal(outcome.change.before, FIX_PLAN)
    const expected = withLines(5, 1, '| [A-1](#a-1) | First | High | done |').replace('- Status: pending', '- Status: done')
    assert.equal(outcome.change.after, expected)
    assert.equal(fs.readFileSync(fixPlanPath(), 'utf8'), FIX_PLAN)
  })

  it('attempt appends #2 after its last entry, not after the heading or in the next item', async () => {
    const outcome = await planAttemptChange(project(), {item: 'A-1', body: 'y', date: '2025-10-20', now: new Date(), findings: [], artifacts: []})
    assert.equal(outcome.number, 2)
    assert.equal(outcome.change.after, withLines(11, 0, '  * [2025-10-20] Attempt #2 — y'))
    assert.equal(fs.readFileSync(fixPlanPath(), 'utf8'), FIX_PLAN)
  })
})
