import assert from 'node:assert/strict'
import {configuredRole} from '../../../src/app/merge/configured-role.js'
import {resolveConfig} from '../../../src/config/config.js'

describe('configuredRole (merge-driver --path)', () => {
  it('names the role .planledger.json gives a path: fix plan, archive, findings, journal, a plans glob', () => {
    const config = resolveConfig({fixPlan: 'docs/fix_plan.md', findings: 'docs/findings.md', journals: ['galph_memory.md'], plans: ['plans/**/*.md', 'roadmap/{now,next}.md']})
    assert.equal(configuredRole(config, 'docs/fix_plan.md'), 'fix-plan')
    assert.equal(configuredRole(config, './docs/findings.md'), 'findings')
    assert.equal(configuredRole(config, 'galph_memory.md'), 'journal')
    assert.equal(configuredRole(config, 'plans/active/X-1/implementation.md'), 'plan')
    assert.equal(configuredRole(config, 'plans\\active\\X-1.md'), 'plan')
    assert.equal(configuredRole(config, 'roadmap/next.md'), 'plan')
    assert.equal(configuredRole(config, 'roadmap/later.md'), undefined)
    assert.equal(configuredRole(config, 'README.md'), undefined)
  })

  it('compares a configured path written with ./ as git gives %P, without it', () => {
    assert.equal(configuredRole(resolveConfig({fixPlan: './ledgers/TODO.md'}), 'ledgers/TODO.md'), 'fix-plan')
  })
})
