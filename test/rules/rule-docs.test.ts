import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {RULES} from '../../src/rules/index.js'
import {repoRoot} from '../support/corpus.js'

// Every rule is documented where a user looks (the README's rule table) and measured where the
// precision table says (docs/check-precision.md, one labelled file per rule): a rule added without
// them fails here.
describe('rule documentation', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const summary = readFileSync(join(repoRoot, 'docs/check-precision.md'), 'utf8')

  for (const rule of RULES) {
    it(`${rule.id}: a README row, a precision row and a labelled precision file`, () => {
      assert.match(readme, new RegExp(`^\\| \`${rule.id}\` \\|`, 'm'), 'README rule table')
      const row = summary.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`))
      assert.ok(row, 'docs/check-precision.md row')
      assert.ok(!row.includes('…'), 'the row is filled in')
      const file = join(repoRoot, 'docs/precision', `${rule.id}.md`)
      assert.ok(existsSync(file), `docs/precision/${rule.id}.md`)
      assert.match(readFileSync(file, 'utf8'), /^\| .+ \| (true|false|debatable) \|/m, 'at least one labelled report')
    })
  }
})
