import assert from 'node:assert/strict'
import {validateConfig} from '../../src/config/config.js'
import {RULES} from '../../src/rules/index.js'
import {userErrorOf} from '../support/assertions.js'

describe('validateConfig: check settings', () => {
  it('accepts every rule id with every severity', () => {
    const rules = Object.fromEntries(RULES.map((rule, index) => [rule.id, (['error', 'warning', 'off'] as const)[index % 3]]))
    assert.deepEqual(validateConfig({rules}).rules, rules)
  })

  it('refuses an unknown rule id with a did-you-mean, or a pointer to --list-rules', () => {
    const typo = userErrorOf(() => validateConfig({rules: {'duplicate-ids': 'off'}}))
    assert.equal(typo.message, '.planledger.json: unknown rule `duplicate-ids` in `rules`')
    assert.equal(typo.hint, 'did you mean duplicate-id?')
    assert.equal(typo.exitCode, 2)
    assert.equal(userErrorOf(() => validateConfig({rules: {'no-such-rule': 'off'}})).hint, 'see `planledger check --list-rules`')
  })

  it('accepts states as one marker or a list per state, and returns lists', () => {
    assert.deepEqual(validateConfig({states: {done: '✓', partial: ['~', 'WIP'], open: [], blocked: ['H']}}).states, {done: ['✓'], partial: ['~', 'WIP'], open: [], blocked: ['H']})
  })

  it('refuses unknown states and markers that cannot stand between brackets', () => {
    const state = userErrorOf(() => validateConfig({states: {don: ['x']}}))
    assert.equal(state.message, '.planledger.json: unknown state `don` in `states`')
    assert.equal(state.hint, 'did you mean done?')
    for (const markers of [['[x]'], [''], ['toolong'], [3], {x: 1}, 'a\nb']) {
      assert.equal(
        userErrorOf(() => validateConfig({states: {done: markers}})).message,
        '.planledger.json: `states.done` must be a marker or a list of markers, e.g. ["x", "✅"] (1–4 characters, no brackets)',
      )
    }
  })
})
