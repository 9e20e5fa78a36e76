import assert from 'node:assert/strict'
import {resolveConfig} from '../../../src/config/config.js'
import {buildContexts, loadTargets, type ContextBase} from '../../../src/app/check/check-contexts.js'
import type {LedgerSource} from '../../../src/app/check/check-source.js'
import type {CheckTarget} from '../../../src/app/check/check-targets.js'
import {UserError} from '../../../src/errors.js'

const FIX_PLAN = '# Fix Plan\n\n## [A-1] Item\n- Status: pending\n'
const base: ContextBase = {root: '/repo', cwd: '/repo', config: resolveConfig(), strict: false, pathExists: () => false}

function sourceOf(files: Record<string, string>): LedgerSource {
  return {
    name: 'memory',
    read: async (wanted, required) => {
      if (required) for (const file of wanted) if (!(file.rootRelative in files)) throw new UserError(`${file.shown} is not in memory`)
      return new Map(wanted.map((file) => [file.rootRelative, files[file.rootRelative]]))
    },
  }
}

const target = (path: string, role: CheckTarget['role'], text?: string): CheckTarget => ({rootRelative: path, shown: path, role, checked: true, ...(text !== undefined && {text})})

describe('loadTargets', () => {
  it('parses each file with its role\u2019s reader, reusing texts already read', async () => {
    const loaded = await loadTargets(sourceOf({'plans/p.md': '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n'}), [target('docs/fix_plan.md', 'fix-plan', FIX_PLAN), target('plans/p.md', 'plan')], true, true)
    assert.deepEqual(loaded[0].fixPlan?.items.map((item) => item.id), ['A-1'])
    assert.deepEqual(loaded[1].plan?.rows.map((row) => row.id), ['A1'])
  })

  it('keeps a file with conflict markers (other commands refuse it; check reports it)', async () => {
    const [loaded] = await loadTargets(sourceOf({}), [target('docs/fix_plan.md', 'fix-plan', `${FIX_PLAN}<<<<<<< HEAD\n`)], true, true)
    assert.deepEqual(loaded.file.scan.conflictMarkers, [4]) // 0-based: line 5
  })

  it('fails for an absent required file and leaves an absent baseline file out', async () => {
    await assert.rejects(loadTargets(sourceOf({}), [target('docs/fix_plan.md', 'fix-plan')], true, false), /is not in memory/)
    assert.deepEqual(await loadTargets(sourceOf({}), [target('docs/fix_plan.md', 'fix-plan', FIX_PLAN)], false, false), [])
  })
})

describe('buildContexts', () => {
  it('puts the first fix plan and findings ledger with every plan, and gives each further one a context', async () => {
    const loaded = await loadTargets(
      sourceOf({}),
      [
        target('docs/fix_plan.md', 'fix-plan', FIX_PLAN),
        target('docs/findings.md', 'findings', '# Findings\n'),
        target('old/fix_plan.md', 'fix-plan', FIX_PLAN),
        target('kb/findings.md', 'findings', '# More\n'),
        target('plans/p.md', 'plan', '# Plan\n'),
      ],
      true,
      true,
    )
    const contexts = buildContexts(base, loaded)
    const shape = contexts.map((context) => ({
      fixPlan: context.fixPlan?.doc.path,
      findings: context.findings?.doc.path,
      plans: context.plans.map((plan) => plan.doc.path),
      files: context.files.map((file) => file.doc.path),
      baseline: context.baseline,
    }))
    assert.deepEqual(shape, [
      {fixPlan: 'docs/fix_plan.md', findings: 'docs/findings.md', plans: ['plans/p.md'], files: ['docs/fix_plan.md', 'docs/findings.md', 'plans/p.md'], baseline: undefined},
      {fixPlan: 'old/fix_plan.md', findings: 'docs/findings.md', plans: [], files: ['old/fix_plan.md'], baseline: undefined},
      {fixPlan: undefined, findings: 'kb/findings.md', plans: [], files: ['kb/findings.md'], baseline: undefined},
    ])
  })

  it('gives each context the baseline versions of its own files', async () => {
    const targets = [target('docs/fix_plan.md', 'fix-plan', FIX_PLAN), target('plans/p.md', 'plan', '# Plan\n'), target('plans/new.md', 'plan', '# New\n')]
    const loaded = await loadTargets(sourceOf({}), targets, true, true)
    const before = await loadTargets(sourceOf({'docs/fix_plan.md': '# Old\n', 'plans/p.md': '# Old plan\n'}), targets, false, false)
    const [context] = buildContexts(base, loaded, new Map(before.map((entry) => [entry.target.rootRelative, entry])))
    assert.equal(context.baseline?.fixPlan?.doc.text, '# Old\n')
    assert.equal(context.baseline?.findings, undefined)
    assert.deepEqual(context.baseline?.plans.map((plan) => plan.doc.text), ['# Old plan\n'])
  })
})
