import assert from 'node:assert/strict'
import {RULE_IDS} from '../../src/config/rule-ids.js'
import {RULES} from '../../src/rules/index.js'

describe('RULE_IDS', () => {
  it('names exactly the rules of the registry, so `.planledger.json` accepts every rule and only those', () => {
    assert.deepEqual([...RULE_IDS].sort(), RULES.map((rule) => rule.id).sort())
  })
})
