import assert from 'node:assert/strict'
import {
  DEFAULT_ARCHIVE,
  DEFAULT_FINDINGS,
  DEFAULT_FIX_PLAN_CANDIDATES,
  DEFAULT_PLANS,
  resolveConfig,
  validateConfig,
} from '../../src/config/config.js'
import {jsonErrorOffset} from '../../src/config/json-error-offset.js'
import {parseConfigJson} from '../../src/config/parse-config-json.js'
import {userErrorOf} from '../support/assertions.js'

describe('validateConfig', () => {
  it('accepts an empty object and every key with the right type', () => {
    assert.deepEqual(validateConfig({}), {})
    const full = {
      fixPlan: 'fix_plan.md',
      findings: 'kb/findings.md',
      plans: ['plans/**/*.md', 'reports/*.md'],
      archive: 'archive/old.md',
      rules: {'unknown-state': 'error', 'line-budget': 'off'},
      states: {done: ['x', 'D']},
      lineBudget: 1000,
    }
    assert.deepEqual(validateConfig(full), full)
  })

  it('accepts stuckAfter as a positive integer and journals as one path or a list', () => {
    assert.deepEqual(validateConfig({stuckAfter: 3, journals: 'notes/journal.md'}), {stuckAfter: 3, journals: ['notes/journal.md']})
    assert.deepEqual(validateConfig({journals: ['a.md', 'b.md']}), {journals: ['a.md', 'b.md']})
    assert.equal(resolveConfig({}).stuckAfter, 5)
    assert.deepEqual(resolveConfig({}).journals, ['galph_memory.md'])
  })

  it('rejects a stuckAfter that is not a positive integer, and journals that are not strings', () => {
    for (const stuckAfter of [0, -2, 1.5, '5', null]) {
      const error = userErrorOf(() => validateConfig({stuckAfter}))
      assert.equal(error.message, '.planledger.json: `stuckAfter` must be a positive integer (attempts), e.g. 5')
      assert.equal(error.exitCode, 2)
    }
    assert.equal(userErrorOf(() => validateConfig({journals: ['ok', '']})).message, '.planledger.json: `journals` must be a string or an array of strings')
  })

  it('accepts statusVocabulary as a list of status words and wipLimit as a positive integer; neither has a default', () => {
    assert.deepEqual(validateConfig({statusVocabulary: ['open', ' in_progress ', 'done'], wipLimit: 2}), {statusVocabulary: ['open', 'in_progress', 'done'], wipLimit: 2})
    assert.equal(resolveConfig({}).statusVocabulary, undefined)
    assert.equal(resolveConfig({}).wipLimit, undefined)
    assert.equal(resolveConfig({wipLimit: 3}).wipLimit, 3)
  })

  it('rejects a statusVocabulary that is not a non-empty list of words, and a wipLimit that is not a positive integer', () => {
    for (const statusVocabulary of ['done', [], ['done', ''], ['done', 3], ['a\nb'], ['--']]) {
      const error = userErrorOf(() => validateConfig({statusVocabulary}))
      assert.equal(error.message, '.planledger.json: `statusVocabulary` must be a non-empty list of status words, e.g. ["open", "in_progress", "blocked", "done"]')
      assert.equal(error.exitCode, 2)
    }
    for (const wipLimit of [0, -1, 2.5, '3', null]) {
      assert.equal(userErrorOf(() => validateConfig({wipLimit})).message, '.planledger.json: `wipLimit` must be a positive integer (items in progress at once), e.g. 3')
    }
    assert.equal(userErrorOf(() => validateConfig({wipLimt: 3})).hint, 'did you mean wipLimit?')
  })

  it('turns a single plans glob into a list', () => {
    assert.deepEqual(validateConfig({plans: 'plans/*.md'}), {plans: ['plans/*.md']})
  })

  it('rejects plans that are neither a string nor an array of strings', () => {
    for (const plans of [3, [1], {a: 'b'}, ['ok', null]]) {
      const error = userErrorOf(() => validateConfig({plans}))
      assert.equal(error.message, '.planledger.json: `plans` must be a string or an array of strings')
      assert.equal(error.exitCode, 2)
    }
  })

  it('rejects a path key that is not a non-empty string', () => {
    assert.equal(userErrorOf(() => validateConfig({fixPlan: 7})).message, '.planledger.json: `fixPlan` must be a non-empty string')
    assert.equal(userErrorOf(() => validateConfig({findings: ''})).message, '.planledger.json: `findings` must be a non-empty string')
  })

  it('type-checks the reserved keys', () => {
    assert.equal(userErrorOf(() => validateConfig({lineBudget: 0})).message, '.planledger.json: `lineBudget` must be a positive integer')
    assert.equal(userErrorOf(() => validateConfig({lineBudget: 1.5})).message, '.planledger.json: `lineBudget` must be a positive integer')
    assert.equal(
      userErrorOf(() => validateConfig({rules: {'row-state': 'fatal'}})).message,
      '.planledger.json: `rules.row-state` must be "error", "warning" or "off"',
    )
    assert.equal(userErrorOf(() => validateConfig({states: []})).message, '.planledger.json: `states` must be an object')
  })

  it('rejects a non-object document', () => {
    const error = userErrorOf(() => validateConfig(['fix_plan.md']))
    assert.equal(error.message, '.planledger.json: must be a JSON object, e.g. {"fixPlan": "docs/fix_plan.md"}')
  })

  it('names an unknown key and suggests the closest known one', () => {
    const error = userErrorOf(() => validateConfig({fixplan: 'x.md'}))
    assert.equal(error.message, '.planledger.json: unknown key `fixplan`')
    assert.equal(error.hint, 'did you mean fixPlan?')
    assert.equal(userErrorOf(() => validateConfig({plan: 'x'})).hint, 'did you mean plans?')
  })

  it('lists the known keys when nothing is close', () => {
    const error = userErrorOf(() => validateConfig({colour: true}))
    assert.equal(error.hint, 'known keys: fixPlan, findings, plans, archive, rules, states, lineBudget, dialect, idPattern, fieldAliases, stuckAfter, journals, statusVocabulary, wipLimit')
  })

  it('accepts a known dialect and a compiling idPattern', () => {
    assert.deepEqual(validateConfig({dialect: 'checklist', idPattern: '[A-Z]+-\\d+'}), {dialect: 'checklist', idPattern: '[A-Z]+-\\d+'})
  })

  it('refuses an unknown dialect with a did-you-mean, and an idPattern that does not compile or matches nothing', () => {
    const dialect = userErrorOf(() => validateConfig({dialect: 'id-heading'}))
    assert.equal(dialect.message, '.planledger.json: unknown dialect `id-heading` in `dialect`')
    assert.equal(dialect.hint, 'did you mean id-headings?')
    assert.match(userErrorOf(() => validateConfig({dialect: 7})).hint ?? '', /^dialects are bracketed-headings, id-headings/)
    assert.match(userErrorOf(() => validateConfig({idPattern: '[A-'})).message, /`idPattern` is not a valid regular expression/)
    assert.match(userErrorOf(() => validateConfig({idPattern: 'x*'})).message, /matches the empty string/)
    assert.match(userErrorOf(() => validateConfig({idPattern: ''})).message, /non-empty regular expression/)
  })

  it('names the file as the caller shows it', () => {
    assert.equal(userErrorOf(() => validateConfig({plans: 1}, '../.planledger.json')).path, '../.planledger.json')
  })
})

describe('resolveConfig', () => {
  it('fills in every default, with the root fix_plan.md as fallback', () => {
    const config = resolveConfig({})
    assert.deepEqual(config.fixPlanCandidates, DEFAULT_FIX_PLAN_CANDIDATES)
    assert.deepEqual(DEFAULT_FIX_PLAN_CANDIDATES, ['docs/fix_plan.md', 'fix_plan.md', '@fix_plan.md', '.agent/fix_plan.md'])
    assert.equal(config.findings, DEFAULT_FINDINGS)
    assert.deepEqual(config.plans, DEFAULT_PLANS)
    assert.equal(config.archive, DEFAULT_ARCHIVE)
    assert.deepEqual(config.user, {})
  })

  it('uses a configured fix plan alone, with no fallback', () => {
    const config = resolveConfig({fixPlan: 'ledger/fix.md', plans: ['p/*.md']})
    assert.deepEqual(config.fixPlanCandidates, ['ledger/fix.md'])
    assert.deepEqual(config.plans, ['p/*.md'])
    assert.equal(config.user.fixPlan, 'ledger/fix.md')
  })

  it('gives the working plan its default aliases; a configured list replaces them', () => {
    assert.deepEqual(resolveConfig({}).fieldAliases['Working Plan'], ['Plan Reference', 'Plan References', 'Plan Ref', 'Plan'])
    assert.deepEqual(resolveConfig({fieldAliases: {'Working Plan': []}}).fieldAliases['Working Plan'], [])
  })
})

describe('validateConfig fieldAliases', () => {
  it('accepts a name or a list of names, under the field\'s own spelling', () => {
    assert.deepEqual(validateConfig({fieldAliases: {'working_plan': 'Roadmap'}}).fieldAliases, {'Working Plan': ['Roadmap']})
    assert.deepEqual(validateConfig({fieldAliases: {'Working Plan': [' Plan Ref ', 'Spec']}}).fieldAliases, {'Working Plan': ['Plan Ref', 'Spec']})
  })

  it('refuses other shapes with a message naming the key', () => {
    assert.match(userErrorOf(() => validateConfig({fieldAliases: ['Plan']})).message, /`fieldAliases` must be an object/)
    assert.match(userErrorOf(() => validateConfig({fieldAliases: {'Working Plan': [3]}})).message, /`fieldAliases.Working Plan` must be a name or a list of names/)
    assert.match(userErrorOf(() => validateConfig({fieldAliases: {'Working Plan': ['Plan:']}})).message, /no colon/)
    const unknown = userErrorOf(() => validateConfig({fieldAliases: {Statuss: ['State']}}))
    assert.equal(unknown.message, '.planledger.json: unknown field `Statuss` in `fieldAliases`')
    assert.equal(unknown.hint, 'fields with aliases: Working Plan')
  })
})

describe('parseConfigJson', () => {
  it('parses valid JSON, a leading BOM included', () => {
    assert.deepEqual(parseConfigJson('\uFEFF{"plans": "p/*.md"}', '.planledger.json'), {plans: 'p/*.md'})
  })

  it('reports line and column of a trailing comma', () => {
    const error = userErrorOf(() => parseConfigJson('{\n  "fixPlan": "a.md",\n}\n', '.planledger.json'))
    assert.equal(error.message, '.planledger.json:3:1: invalid JSON: Expected double-quoted property name')
    assert.equal(error.line, 3)
    assert.equal(error.exitCode, 2)
  })

  it('reports a missing value where V8 gives no position', () => {
    const error = userErrorOf(() => parseConfigJson('{"fixPlan": }', 'cfg.json'))
    assert.equal(error.message, "cfg.json:1:13: invalid JSON: Unexpected token '}'")
  })

  it('reports the end of a truncated file', () => {
    const error = userErrorOf(() => parseConfigJson('{"plans": [\n', '.planledger.json'))
    assert.equal(error.message, '.planledger.json:2:1: invalid JSON: unexpected end of input')
  })
})

describe('jsonErrorOffset', () => {
  it('agrees with valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9", true, false, null] ', '{"a": {"b": []}}']) {
      assert.equal(jsonErrorOffset(text), -1, text)
    }
  })

  it('finds the first bad character', () => {
    assert.equal(jsonErrorOffset('{a: 1}'), 1)
    assert.equal(jsonErrorOffset('[1 2]'), 3)
    assert.equal(jsonErrorOffset('{"a": 1} x'), 9)
    assert.equal(jsonErrorOffset('"tab\there"'), 4)
    assert.equal(jsonErrorOffset(''), 0)
  })
})
