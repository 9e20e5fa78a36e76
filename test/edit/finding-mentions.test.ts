import assert from 'node:assert/strict'
import {citesInCell, mentionsId} from '../../src/edit/finding-mentions.js'

describe('mentionsId', () => {
  it('matches the ID as a whole token in any case, never inside a longer ID', () => {
    assert.equal(mentionsId('Findings applied: POLICY-001, FORMAT-001', 'FORMAT-001'), true)
    assert.equal(mentionsId('[x](findings.md#policy-001)', 'POLICY-001'), true)
    assert.equal(mentionsId('POLICY-0011 and XPOLICY-001', 'POLICY-001'), false)
    assert.equal(mentionsId('POLICY-001-B', 'POLICY-001'), false)
    assert.equal(mentionsId('SUB-POLICY-001', 'POLICY-001'), false)
  })
})

describe('citesInCell', () => {
  it('counts links and Findings clauses, not prose', () => {
    assert.equal(citesInCell('Follow POLICY-001 here.', 'POLICY-001'), false)
    assert.equal(citesInCell('See [POLICY-001](../docs/findings.md#policy-001).', 'POLICY-001'), true)
    assert.equal(citesInCell('See [the policy](../docs/findings.md#policy-001).', 'POLICY-001'), true)
    assert.equal(citesInCell('Done. Findings applied: CONFIG-001, POLICY-001. Next POLICY-002.', 'POLICY-001'), true)
    assert.equal(citesInCell('Findings: CONFIG-001. Then POLICY-001 matters.', 'POLICY-001'), false)
  })
})
