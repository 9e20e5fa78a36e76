import assert from 'node:assert/strict'
import {tmpdir} from 'node:os'
import {DIALECTS} from '../../src/ledger/model.js'
import {RULES} from '../../src/rules/index.js'
import {runCli} from './run-cli.js'

describe('check --list-rules: the fix-plan dialects each rule judges', () => {
  it('has every rule declare its dialects, from the known ones', () => {
    for (const rule of RULES) {
      assert.ok(rule.dialects && rule.dialects.length > 0, rule.id)
      for (const dialect of rule.dialects) assert.ok(DIALECTS.includes(dialect), `${rule.id}: ${dialect}`)
    }
  })

  it('gives them in --json, all dialects for a rule that reads any fix plan', async () => {
    const result = await runCli(['check', '--list-rules', '--json'], {cwd: tmpdir()})
    const rules = new Map((JSON.parse(result.stdout) as {rules: Array<{id: string; dialects: string[]}>}).rules.map((rule) => [rule.id, rule.dialects]))
    assert.deepEqual(rules.get('attempt-numbering'), ['bracketed-headings'])
    assert.deepEqual(rules.get('index-mismatch'), ['bracketed-headings', 'id-headings', 'checklist'])
    assert.deepEqual(rules.get('conflict-markers'), [...DIALECTS])
  })

  it('notes them after the description in text, only where not all', async () => {
    const result = await runCli(['check', '--list-rules'], {cwd: tmpdir()})
    assert.match(result.stdout, /^history-rewritten +error +.+ \(fix plans: bracketed-headings\)$/m)
    assert.match(result.stdout, /^conflict-markers +error +(?!.*fix plans:).+$/m)
  })
})
