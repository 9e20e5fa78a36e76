import assert from 'node:assert/strict'
import {jsonErrorOffset} from '../../src/config/json-error-offset.js'
import {parseConfigJson} from '../../src/config/parse-config-json.js'
import {UserError} from '../../src/errors.js'

// Nesting deeper than the call stack allows: the offset of the error is found without recursion.
describe('a config nested 200,000 levels deep', () => {
  const DEPTH = 200_000

  it('unclosed: the error is at the end, as a one-line user error', () => {
    const text = '['.repeat(DEPTH)
    assert.equal(jsonErrorOffset(text), DEPTH)
    assert.throws(
      () => parseConfigJson(text, '.planledger.json'),
      (error: unknown) => error instanceof UserError && error.message === `.planledger.json:1:${DEPTH + 1}: invalid JSON: unexpected end of input`,
    )
  })

  it('closed but with one stray character inside: the error is at that character', () => {
    const text = `${'['.repeat(DEPTH)}x${']'.repeat(DEPTH)}`
    assert.equal(jsonErrorOffset(text), DEPTH)
    assert.equal(jsonErrorOffset(`${'{"a":['.repeat(DEPTH)}1${']}'.repeat(DEPTH)}`), -1)
  })
})
