import assert from 'node:assert/strict'
import {resolveConfig, type PlanledgerConfig} from '../../../src/config/config.js'
import type {LedgerSource} from '../../../src/app/check/check-source.js'
import {selectTargets} from '../../../src/app/check/check-targets.js'
import {UserError} from '../../../src/errors.js'
import type {ProjectConfig} from '../../../src/config/project-config.js'

/** An in-memory source holding `files` (root-relative path → text). */
function sourceOf(files: Record<string, string>, plans: string[] = []): LedgerSource {
  return {
    name: 'memory',
    listPlans: async () => plans,
    read: async (wanted, required) => {
      if (required) for (const file of wanted) if (!(file.rootRelative in files)) throw new UserError(`${file.shown} missing`)
      return new Map(wanted.map((file) => [file.rootRelative, files[file.rootRelative]]))
    },
  }
}

const project = (config: PlanledgerConfig = {}, cwd = '/repo'): ProjectConfig => ({cwd, root: '/repo', config: resolveConfig(config)})
/** The targets to read and check; absent ledgers (kept only to be traced) are left out. */
const summary = (targets: Awaited<ReturnType<typeof selectTargets>>) => targets.filter((t) => !t.absent).map((t) => `${t.shown} ${t.role}${t.checked ? '' : ' (reference)'}${t.text === undefined ? '' : ' read'}`)

describe('selectTargets', () => {
  it('checks the configured ledgers and every plan when no PATHS are given', async () => {
    const source = sourceOf({'docs/fix_plan.md': 'f', 'docs/findings.md': 'g', 'plans/active/X/plan.md': 'p'}, ['plans/active/X/plan.md'])
    assert.deepEqual(summary(await selectTargets(project(), source, [], false)), ['docs/fix_plan.md fix-plan read', 'docs/findings.md findings read', 'plans/active/X/plan.md plan'])
  })

  it('falls back to a root fix_plan.md and leaves out an absent default findings ledger', async () => {
    assert.deepEqual(summary(await selectTargets(project(), sourceOf({'fix_plan.md': 'f'}), [], false)), ['fix_plan.md fix-plan read'])
  })

  it('keeps a configured ledger even when absent, marked so, for missing-ledger to report', async () => {
    const targets = await selectTargets(project({findings: 'kb/f.md'}), sourceOf({}), [], false)
    assert.deepEqual(summary(targets), [])
    assert.deepEqual(targets.map((target) => `${target.shown} ${target.role} ${target.absent}`), ['docs/fix_plan.md fix-plan default', 'fix_plan.md fix-plan default', '@fix_plan.md fix-plan default', '.agent/fix_plan.md fix-plan default', 'kb/f.md findings configured'])
  })

  it('checks given PATHS by role (config, then name) and loads the configured ledgers as references', async () => {
    const source = sourceOf({'docs/fix_plan.md': 'f', 'docs/findings.md': 'g'})
    const targets = await selectTargets(project(), source, ['old/fix_plan_2024.md', 'kb/team-findings.md', 'plans/p.md', 'docs/findings.md', './plans/p.md'], false)
    assert.deepEqual(summary(targets), [
      'docs/fix_plan.md fix-plan (reference) read',
      'old/fix_plan_2024.md fix-plan',
      'kb/team-findings.md findings',
      'plans/p.md plan',
      'docs/findings.md findings',
    ])
  })

  it('shows paths relative to the current folder', async () => {
    const targets = await selectTargets(project({}, '/repo/docs'), sourceOf({'docs/fix_plan.md': 'f'}), ['fix_plan.md'], false)
    assert.deepEqual(summary(targets), ['fix_plan.md fix-plan'])
    assert.equal(targets[0].rootRelative, 'docs/fix_plan.md')
  })

  it('refuses a path outside the repository under git', async () => {
    await assert.rejects(selectTargets(project(), sourceOf({}), ['../elsewhere/plan.md'], true), (error: unknown) => error instanceof UserError && /is outside the repository/.test(error.message))
  })
})
