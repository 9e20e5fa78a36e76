import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {planCheckFix} from '../../../src/app/check/check-fix.js'
import {resolveConfig, type PlanledgerConfig} from '../../../src/config/config.js'
import {RULES} from '../../../src/rules/index.js'

// The team's own marker for partial work, which the built-in vocabulary reads as something else or nothing.
const STATES: PlanledgerConfig = {states: {partial: ['~', 'WIP']}}

type Item = {index: string; status: string; priority?: string}

const fixPlan = (items: Item[]) =>
  [
    '# Fix Plan',
    '',
    '| ID | Title | Priority | Status |',
    '| --- | --- | --- | --- |',
    ...items.map((item, at) => `| X-00${at + 1} | Item ${at + 1} | High | ${item.index} |`),
    '',
    ...items.flatMap((item, at) => [`### X-00${at + 1}: Item ${at + 1}`, `- Priority: ${item.priority ?? 'High'}`, `- Status: ${item.status}`, '']),
  ].join('\n')

describe('check --fix: index statuses under a configured states vocabulary', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-states-'))
    fs.mkdirSync(path.join(root, 'docs'))
  })
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

  /** The index status cells after `check --fix` (index-mismatch only), and the lines the rule reported. */
  async function fixed(items: Item[], config: PlanledgerConfig): Promise<{statuses: string[]; reported: number[]}> {
    const text = fixPlan(items)
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), text)
    const rules = RULES.filter((rule) => rule.id === 'index-mismatch')
    const plan = await planCheckFix({cwd: root, root, config: resolveConfig(config)}, {paths: [], staged: false, strict: false, rules})
    const after = plan.changes[0]?.after ?? text
    const statuses = after.split('\n').filter((line) => line.startsWith('| X-')).map((line) => line.split('|')[4].trim())
    return {statuses, reported: plan.check.problems.map((problem) => problem.line)}
  }

  it('repairs what the rule reports as the rule reads it, in the index\'s own configured marker', async () => {
    const items: Item[] = [
      {index: '~', status: 'partial'},
      // Reported: open vs partial; the index writes partial `~`.
      {index: 'open', status: 'partial'},
      // Reported: `WIP` is partial here, not in_progress as built in.
      {index: 'WIP', status: 'in_progress'},
      // Only the priority differs: `~` agrees with partial and stays.
      {index: '~', status: 'partial', priority: 'Low'},
    ]
    const {statuses, reported} = await fixed(items, STATES)
    assert.deepEqual(reported, [6, 7, 8])
    assert.deepEqual(statuses, ['~', '~', 'in_progress', '~'])
  })

  it('without the configuration reads the built-in vocabulary: `WIP` is in progress, `~` nothing', async () => {
    const items: Item[] = [
      {index: 'WIP', status: 'in_progress'},
      {index: 'open', status: 'WIP'},
    ]
    const {statuses} = await fixed(items, {})
    assert.deepEqual(statuses, ['WIP', 'WIP'])
  })
})
