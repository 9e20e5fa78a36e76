import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {DEFAULT_PLANS, validateConfig} from '../../../src/config/config.js'
import {chooseLedgers, configFileText, describeConfig, findLedgerCandidates, type LedgerCandidates} from '../../../src/app/init/init-detect.js'

const none: LedgerCandidates = {fixPlans: [], findings: [], archives: [], activePlanFolders: [], planFolders: []}

describe('chooseLedgers', () => {
  it('prefers the default locations, in their fallback order, over shallower finds', () => {
    const config = chooseLedgers({
      fixPlans: ['fix_plan.md', 'docs/fix_plan.md'],
      findings: ['findings.md', 'docs/findings.md'],
      archives: ['docs/fix_plan_archive.md'],
      activePlanFolders: ['plans/active', 'a/plans/active'],
      planFolders: ['plans', 'a/plans'],
    })
    assert.deepEqual(config, {fixPlan: 'docs/fix_plan.md', findings: 'docs/findings.md', plans: DEFAULT_PLANS, archive: 'docs/fix_plan_archive.md'})
  })

  it('falls back to the root fix_plan.md, then to the shallowest path, alphabetical among equals', () => {
    assert.equal(chooseLedgers({...none, fixPlans: ['x/fix_plan.md', 'fix_plan.md']}).fixPlan, 'fix_plan.md')
    assert.equal(chooseLedgers({...none, fixPlans: ['a/b/fix_plan.md', 'z/fix_plan.md', 'ledger/fix_plan.md']}).fixPlan, 'ledger/fix_plan.md')
  })

  it('puts findings and archive beside the fix plan ahead of shallower ones', () => {
    const config = chooseLedgers({
      ...none,
      fixPlans: ['ledger/fix_plan.md'],
      findings: ['findings.md', 'ledger/findings.md'],
      archives: ['old/fix_plan_archive.md', 'ledger/fix_plan_archive.md'],
    })
    assert.equal(config.findings, 'ledger/findings.md')
    assert.equal(config.archive, 'ledger/fix_plan_archive.md')
  })

  it('globs a nested plans/active folder, else a plans folder', () => {
    assert.deepEqual(chooseLedgers({...none, activePlanFolders: ['sub/plans/active', 'a/b/plans/active']}).plans, ['sub/plans/active/**/*.md'])
    assert.deepEqual(chooseLedgers({...none, planFolders: ['plans', 'docs/plans']}).plans, ['plans/**/*.md'])
  })

  it('writes no key for a ledger it did not find', () => {
    assert.deepEqual(chooseLedgers({...none, findings: ['kb/findings.md']}), {findings: 'kb/findings.md'})
    assert.deepEqual(chooseLedgers(none), {})
    assert.equal(describeConfig({}), 'no ledgers found, defaults apply')
  })

  it('writes JSON that the config loader accepts unchanged', () => {
    const config = {fixPlan: 'fix_plan.md', findings: 'docs/findings.md', plans: ['plans/active/**/*.md'], archive: 'docs/fix_plan_archive.md'}
    const text = configFileText(config)
    assert.ok(text.endsWith('}\n'))
    assert.deepEqual(validateConfig(JSON.parse(text)), config)
    assert.equal(describeConfig(config), 'fixPlan fix_plan.md, findings docs/findings.md, plans plans/active/**/*.md, archive docs/fix_plan_archive.md')
  })
})

describe('findLedgerCandidates', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-detect-'))
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  const touch = (path: string) => {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), '# x\n')
  }

  it('finds ledgers and plan folders, skipping node_modules, hidden folders and deep copies', async () => {
    for (const path of ['docs/fix_plan.md', 'fix_plan.md', 'a/b/c/findings.md', 'a/b/c/d/e/findings.md', 'node_modules/pkg/fix_plan.md', '.cache/findings.md', 'docs/fix_plan_archive.md', 'plans/active/X/implementation.md', 'other/plans/notes.md']) touch(path)
    const candidates = await findLedgerCandidates(root)
    assert.deepEqual(candidates.fixPlans.sort(), ['docs/fix_plan.md', 'fix_plan.md'])
    assert.deepEqual(candidates.findings, ['a/b/c/findings.md'])
    assert.deepEqual(candidates.archives, ['docs/fix_plan_archive.md'])
    assert.deepEqual(candidates.activePlanFolders, ['plans/active'])
    assert.deepEqual(candidates.planFolders.sort(), ['other/plans', 'plans'])
  })

  it('finds @fix_plan.md and the fix plan in .agent/, the one hidden folder looked into', async () => {
    for (const path of ['@fix_plan.md', '.agent/fix_plan.md', '.other/fix_plan.md', '.agent/findings.md']) touch(path)
    const candidates = await findLedgerCandidates(root)
    assert.deepEqual(candidates.fixPlans.sort(), ['.agent/fix_plan.md', '@fix_plan.md'])
    assert.deepEqual(candidates.findings, ['.agent/findings.md'])
  })
})

describe('chooseLedgers, other fix-plan homes', () => {
  it('takes them in the order of the default candidates', () => {
    const choose = (...fixPlans: string[]) => chooseLedgers({...none, fixPlans}).fixPlan
    assert.equal(choose('.agent/fix_plan.md', '@fix_plan.md'), '@fix_plan.md')
    assert.equal(choose('.agent/fix_plan.md', 'fix_plan.md', '@fix_plan.md'), 'fix_plan.md')
    assert.equal(choose('.agent/fix_plan.md', 'deep/er/fix_plan.md'), '.agent/fix_plan.md')
    assert.equal(choose('.agent/fix_plan.md', 'docs/fix_plan.md'), 'docs/fix_plan.md')
  })
})
